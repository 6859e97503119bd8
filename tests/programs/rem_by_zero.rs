// Checks: remainder by zero panics with "attempt to calculate the remainder with a divisor of zero" (exit 101).
fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("17 % 5 = {}", rem(17, 5));
    println!("17 % 0 = {}", rem(17, 0));
}
