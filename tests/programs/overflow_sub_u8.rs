// Checks: u8 subtraction underflow panics (exit 101); the value is computed at runtime in a loop.
fn main() {
    let mut x: u8 = 3;
    let step: u8 = 1;
    loop {
        println!("x = {}", x);
        x -= step;
    }
}
