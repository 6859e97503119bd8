// `Saturating(100) + Saturating(100)`: several `Add` impls take a literal's type, so none is
// chosen before the literal falls back to `i32`; the sum is then a `Saturating<i32>`.
use std::num::Saturating;

fn main() {
    let x: Saturating<i8> = Saturating(100) + Saturating(100);
    println!("{}", x);
}
