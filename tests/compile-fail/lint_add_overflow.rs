// Checks: rustc's arithmetic_overflow lint through a local assigned once.
fn main() {
    let x: i32 = i32::MAX;
    let y = x + 1;
    println!("{}", y);
}
