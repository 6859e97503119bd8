// Rejects: an inherent impl on a std type (E0116).
impl Vec<i32> { fn total(&self) -> i32 { 0 } }
fn main() { println!("{}", vec![1].total()); }
