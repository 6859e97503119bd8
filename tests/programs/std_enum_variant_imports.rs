// std enum variants imported by name, by alias and by glob, matched as patterns (not bindings).
use std::cmp::Ordering::*;

fn sign(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Less => "less",
        Equal => "equal",
        Greater => "greater",
    }
}

fn main() {
    use std::cmp::Ordering::{Less as Below, Greater};
    println!("{} {}", sign(1, 2), sign(3, 3));
    let o = 5.cmp(&2);
    let word = match o {
        Below => "below",
        Greater => "above",
        _ => "same",
    };
    println!("{} {:?}", word, Below);
}
