// Checks: negating i32::MIN panics with "attempt to negate with overflow" (exit 101).
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("-(5) = {}", negate(5));
    println!("-(MAX) = {}", negate(i32::MAX));
    println!("-(MIN) = {}", negate(i32::MIN));
}
