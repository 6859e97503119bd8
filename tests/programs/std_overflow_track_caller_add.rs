// std's operator impls are `#[track_caller]`: an overflow in `Add::add` called by a generic
// function is located at the generic function's `a + b`.
use std::ops::Add;

fn add<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{}", add(250u8, 5));
    println!("{}", add(250u8, 6));
}
