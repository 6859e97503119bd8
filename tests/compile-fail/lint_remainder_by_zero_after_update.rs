// Checks: a divisor known to be zero after `+=` in the same block (unconditional_panic).
fn main() {
    let mut m = 3;
    m += 1;
    println!("{}", 100 % (m - 4));
}
