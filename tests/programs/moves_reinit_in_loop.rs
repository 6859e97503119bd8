// Checks: the move checker accepts re-initialising a moved mutable binding, as rustc does.
fn take(b: Box<i32>) -> i32 {
    *b
}
fn main() {
    let mut b = Box::new(1);
    let mut sum = 0;
    let mut i = 0;
    while i < 3 {
        sum += take(b);
        b = Box::new(i + 10);
        i += 1;
    }
    println!("{} {}", sum, b);
}
