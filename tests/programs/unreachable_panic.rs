// Checks: unreachable!() panics with "internal error: entered unreachable code" (exit 101).
fn sign(x: i32) -> i32 {
    if x > 0 {
        1
    } else if x < 0 {
        -1
    } else if x == 0 {
        0
    } else {
        unreachable!()
    }
}

fn pick(n: u32) -> u32 {
    if n < 3 {
        return n * 10;
    }
    unreachable!()
}

fn main() {
    println!("{} {} {}", sign(5), sign(-5), sign(0));
    println!("pick(2) = {}", pick(2));
    println!("pick(3) = {}", pick(3));
}
