// A recursion 9,990 calls deep (stackheap's call-depth limit is 10,000 frames): the stops in
// the middle have that many frames.
fn fact(n: u64) -> u64 {
    if n == 0 {
        return 1;
    }
    let rest = fact(n - 1);
    n.wrapping_mul(rest)
}

fn main() {
    let r = fact(9_990);
    println!("{}", r);
}
