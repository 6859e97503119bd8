// Checks: std's `Shl` impls for the integers are not `#[track_caller]`: a generic `a << b` that
// overflows panics at the impl's macro invocation in core/src/ops/bit.rs, while a generic `a + b`
// that stays in range and a shift by less than the width run as the built-in operators (fuzz
// seed 53: the panic was located at the program's line).
use std::ops::{Add, Shl};

fn sum<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn shift<T: Shl<Output = T> + Copy>(a: T, b: T) -> T {
    a << b
}

fn main() {
    println!("{} {}", sum(250u8, 5), shift(1u64, 63));
    println!("{}", shift(3i32, 31));
    println!("{}", shift(2, 62));
}
