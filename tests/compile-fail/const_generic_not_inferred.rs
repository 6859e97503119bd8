// Rejects: a const parameter nothing determines (E0284).
fn f<const N: usize>() -> usize { N }
fn main() { println!("{}", f()); }
