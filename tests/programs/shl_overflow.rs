// Checks: shifting a u32 by >= 32 bits panics with "attempt to shift left with overflow" (exit 101).
fn shl(n: u32) -> u32 {
    1u32 << n
}

fn main() {
    println!("1 << 31 = {}", shl(31));
    println!("1 << 40 = {}", shl(40));
}
