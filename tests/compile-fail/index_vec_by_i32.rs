// Rejects: indexing a Vec by an i32 (E0277).
fn main() {
    let v = vec![1, 2];
    let i: i32 = 1;
    println!("{}", v[i]);
}
