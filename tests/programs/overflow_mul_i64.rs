// Checks: i64 multiplication overflow panics (exit 101) while computing successive powers of ten.
fn times(a: i64, b: i64) -> i64 {
    a * b
}

fn main() {
    let mut p: i64 = 1;
    let mut n = 0;
    while n < 25 {
        println!("10^{} = {}", n, p);
        p = times(p, 10);
        n += 1;
    }
}
