// `unsafe fn`, unsafe methods and traits, `static mut` reached through `&raw`: the Rust
// Book's chapter 20.1 examples.
static mut COUNTER: u32 = 0;
static HELLO_WORLD: &str = "Hello, world!";

/// SAFETY: only called from a single thread.
unsafe fn add_to_count(inc: u32) {
    unsafe {
        COUNTER += inc;
    }
}

unsafe trait Zeroable {
    fn zero() -> Self;
}

unsafe impl Zeroable for i64 {
    fn zero() -> Self {
        0
    }
}

struct Buffer {
    data: Vec<u8>,
}

impl Buffer {
    unsafe fn get_unchecked(&self, i: usize) -> u8 {
        unsafe { *self.data.as_ptr().add(i) }
    }
}

fn dangerous() -> i32 {
    42
}

unsafe fn apply(f: fn() -> i32) -> i32 {
    f() + 1
}

fn main() {
    println!("name is: {}", HELLO_WORLD);
    unsafe {
        add_to_count(3);
        add_to_count(4);
        println!("COUNTER: {}", *(&raw const COUNTER));
    }
    let counter = &raw mut COUNTER;
    unsafe {
        *counter *= 2;
        println!("COUNTER: {}", *counter);
    }
    println!("{}", i64::zero());
    let b = Buffer { data: vec![3, 1, 4] };
    let third = unsafe { b.get_unchecked(2) };
    println!("{}", third);
    println!("{}", unsafe { apply(dangerous) });
}
