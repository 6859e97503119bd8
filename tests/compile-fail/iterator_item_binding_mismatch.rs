// Rejects: an iterator of `i32` passed where `Iterator<Item = u8>` is required (E0271, at the
// argument).
fn checksum<I: Iterator<Item = u8>>(bytes: I) -> u32 {
    bytes.map(|b| b as u32).sum()
}

fn main() {
    let v = vec![1i32, 2, 3];
    println!("{}", checksum(v.into_iter()));
}
