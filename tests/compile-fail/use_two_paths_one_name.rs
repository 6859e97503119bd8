// Rejects: two paths binding one name (E0252), in a group after a plain import.
use std::fmt::Write;
use std::io::{self, Write};

fn main() {
    let mut s = String::new();
    write!(s, "{}", 1).unwrap();
    println!("{}", s);
}
