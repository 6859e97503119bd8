// Rejects: multiplying an i32 by an f64 (E0277).
fn main() {
    let x: i32 = 1;
    let y: f64 = 2.0;
    println!("{}", x * y);
}
