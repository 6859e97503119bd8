// A debug build checks each dereference of a raw pointer: a null one panics without
// unwinding (no drops run) and the process aborts.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("never printed: the panic does not unwind");
    }
}

fn first(p: *const i32) -> i32 {
    if p.is_null() {
        println!("checked: null");
    }
    unsafe { *p }
}

fn main() {
    let _guard = Guard;
    let x = 3;
    println!("{}", first(&x));
    let p: *const i32 = std::ptr::null();
    println!("{}", first(p));
}
