// Rejects: an integer literal returned from a function returning f64 (E0308).
fn zero() -> f64 {
    0
}

fn main() {
    println!("{}", zero());
}
