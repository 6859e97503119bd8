// A recursion 100,000 calls deep with small frames fits in main's 8 MiB stack, as natively.
fn sum_to(n: u32) -> u64 {
    if n == 0 { 0 } else { n as u64 + sum_to(n - 1) }
}

fn main() {
    println!("{}", sum_to(100_000));
}
