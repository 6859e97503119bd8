// A recursion 100,000 calls deep with small frames fits in main's 8 MiB stack, as natively.
fn depth(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + depth(n - 1) }
}

fn sum_to(n: u32, acc: u64) -> u64 {
    if n == 0 { acc } else { sum_to(n - 1, acc + n as u64) }
}

fn main() {
    println!("{}", depth(100_000));
    println!("{}", sum_to(100_000, 0));
}
