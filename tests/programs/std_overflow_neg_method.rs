// Checks: std's `Neg` impls are not `#[track_caller]`: `i8::MIN.neg()` (the operator method
// called by name, or a generic `-x`) panics at `neg_impl!` in core/src/ops/arith.rs.
use std::ops::Neg;

fn flip<T: Neg<Output = T>>(x: T) -> T {
    -x
}

fn main() {
    println!("{} {} {}", flip(5i8), flip(-2.5f32), 7i64.neg());
    let low = i8::MIN + 1;
    println!("{}", low.neg());
    println!("{}", (low - 1).neg());
}
