// Checks: values in scope are dropped (in reverse order) while a panic unwinds, after the panic message is printed.
struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.0);
    }
}

fn inner(n: i32) -> i32 {
    let _g = Guard("inner");
    if n > 2 {
        panic!("n too big: {}", n);
    }
    n
}

fn main() {
    let _a = Guard("main-a");
    let mut total = 0;
    for i in 0..5 {
        let _loop = Guard("loop");
        total += inner(i);
        println!("total {}", total);
    }
}
