// Rejects: an integer literal where an f64 is declared (E0308).
fn main() {
    let x: f64 = 1;
    println!("{}", x);
}
