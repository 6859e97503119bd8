// `RangeFrom` is std's `TrustedLen` with the size hint (usize::MAX, None): `take(n)` of it
// collects into exactly `n` slots at once, and an `n` too large for memory is a capacity
// overflow before any element is produced (fuzz seed 37).
fn main() {
    let five: Vec<u32> = (10u32..).take(5).collect();
    println!("{:?} {}", five, five.capacity());
    let pairs: Vec<(u8, char)> = (1u8..).zip("abc".chars()).collect();
    println!("{:?} {}", pairs, pairs.capacity());
    println!("{:?}", (3i64..).size_hint());
    let taken: Vec<i8> = (120i8..).take(usize::MAX).collect();
    println!("{}", taken.len());
}
