// Checks: an overflow inside a generic function's `a + b` on u8 panics with the built-in
// operator's message, at the generic function's expression.
use std::ops::Add;

fn sum_all<T: Add<Output = T> + Copy>(first: T, rest: &[T]) -> T {
    let mut acc = first;
    for &x in rest {
        acc = acc + x;
    }
    acc
}

fn main() {
    println!("{}", sum_all(100u8, &[50, 50]));
    println!("{}", sum_all(100u8, &[100, 100]));
}
