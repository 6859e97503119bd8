// Checks: assert_ne!(a, b) failing prints the left/right values (exit 101).
fn twice(x: u8) -> u8 {
    x + x
}

fn main() {
    let a = twice(10);
    assert_ne!(a, 21);
    println!("a = {}", a);
    let b = twice(7);
    assert_ne!(b, 14);
    println!("not reached");
}
