// Checks: assert_eq!(a, b) failing prints the left/right values (exit 101).
fn square(x: i64) -> i64 {
    x * x
}

fn main() {
    assert_eq!(square(3), 9);
    println!("square(3) ok");
    let got = square(-4);
    println!("square(-4) = {}", got);
    assert_eq!(got, 15);
    println!("not reached");
}
