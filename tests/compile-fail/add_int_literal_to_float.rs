// Rejects: adding an integer literal to an f64 (E0277).
fn main() {
    let x: f64 = 2.0;
    println!("{}", x + 1);
}
