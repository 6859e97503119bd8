// Rejects: an impl of Display without its `fmt` (E0046).
use std::fmt;
struct X;
impl fmt::Display for X {}
fn main() { println!("{}", X); }
