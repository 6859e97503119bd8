// A shift amount known through a variable assigned once is checked as a literal is.
fn main() {
    let amount = 40;
    let one = 1i32;
    println!("{}", one << 3);
    println!("{}", one << amount);
}
