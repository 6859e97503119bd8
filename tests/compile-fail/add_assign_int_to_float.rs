// Rejects: `+=` of an i32 into a float (E0277).
fn main() {
    let x: i32 = 1;
    let mut y = 2.0;
    y += x;
    println!("{}", y);
}
