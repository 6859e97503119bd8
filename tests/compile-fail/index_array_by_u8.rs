// Rejects: indexing an array by a u8 (E0277).
fn main() {
    let a = [1, 2];
    let i: u8 = 0;
    println!("{}", a[i]);
}
