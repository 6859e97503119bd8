use std::collections::HashMapp;

fn main() {
    let m: HashMapp<i32, i32> = HashMapp::new();
    println!("{}", m.len());
}
