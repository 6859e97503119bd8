// Checks: assert!(a == b) failing without a custom message (exit 101).
fn sum_to(n: i32) -> i32 {
    let mut s = 0;
    for i in 1..=n {
        s += i;
    }
    s
}

fn main() {
    let a = sum_to(10);
    println!("sum_to(10) = {}", a);
    assert!(a == 55);
    println!("first assert passed");
    let b = sum_to(4);
    assert!(b == 11);
    println!("not reached");
}
