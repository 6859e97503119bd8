// Rejects: adding two integers of different types (E0308).
fn main() {
    let x = 1u8 + 1u32;
    println!("{}", x);
}
