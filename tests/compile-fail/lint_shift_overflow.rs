// Checks: shifting by at least the bit width (arithmetic_overflow).
fn main() {
    let x: i32 = 7;
    let s = x << 40;
    println!("{}", s);
}
