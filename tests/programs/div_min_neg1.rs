// Checks: i32::MIN / -1 panics with "attempt to divide with overflow" (exit 101).
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("MIN / 1 = {}", div(i32::MIN, 1));
    println!("MIN / 2 = {}", div(i32::MIN, 2));
    println!("MIN / -1 = {}", div(i32::MIN, -1));
}
