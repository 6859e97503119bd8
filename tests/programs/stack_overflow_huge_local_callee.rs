// The frame that does not fit is a callee's: main runs and prints, then the call to `fill`
// needs a 16 MB frame and overflows the 8 MiB stack.
fn fill(seed: u64) -> u64 {
    let table = [seed; 2_000_000];
    table[1_999_999] + table[0]
}

fn main() {
    println!("calling fill");
    let small = [1u64; 1_000];
    println!("small: {}", small[999]);
    println!("{}", fill(3));
}
