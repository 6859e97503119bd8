// Checks: for loops over a..b and a..=b, ranges with variable bounds, empty ranges, negative bounds.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    let n = 4;
    let mut sum = 0;
    for i in (0..n) {
        sum += i;
    }
    println!("sum 0..{} = {}", n, sum);
    let lo: i64 = -3;
    let hi: i64 = 3;
    for i in lo..=hi {
        print!("{} ", i * i);
    }
    println!();
    for i in 5..2 {
        println!("never {}", i);
    }
    for i in 3..3 {
        println!("never {}", i);
    }
    for i in 3..=3 {
        println!("once {}", i);
    }
    for i in 250u8..=255 {
        print!("{} ", i);
    }
    println!();
    let mut prod: u64 = 1;
    for k in 1..n + 3 {
        prod *= k;
    }
    println!("prod = {}", prod);
}
