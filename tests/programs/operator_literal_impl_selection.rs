// An overloaded operator on literals: with several impls the literal falls back to `i32` first
// (so `Saturating(200) + Saturating(100)` is 300); with one impl, that impl fixes its type.
use std::num::{Saturating, Wrapping};
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Tiny<T>(T);

impl Add for Tiny<i8> {
    type Output = Tiny<i8>;
    fn add(self, other: Tiny<i8>) -> Tiny<i8> {
        Tiny(self.0.wrapping_add(other.0))
    }
}

fn main() {
    let sum = Saturating(200) + Saturating(100);
    println!("{} {}", sum, std::mem::size_of_val(&sum));
    let wrapped = Wrapping(2_000_000_000) + Wrapping(2_000_000_000);
    println!("{}", wrapped);
    let tiny: Tiny<i8> = Tiny(100) + Tiny(100);
    println!("{:?}", tiny);
    let byte: Saturating<u8> = Saturating(200u8) + Saturating(100);
    println!("{}", byte);
    let declared: Saturating<i8> = Saturating(100);
    println!("{}", declared + Saturating(100));
    let shifted: u64 = 1 << 40;
    println!("{}", shifted);
    let mixed: i16 = 300 * 100;
    println!("{}", mixed);
}
