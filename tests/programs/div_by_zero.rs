// Checks: integer division by zero panics with "attempt to divide by zero" (exit 101).
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let mut d = 3;
    while d >= 0 {
        println!("12 / {} = {}", d, div(12, d));
        d -= 1;
    }
}
