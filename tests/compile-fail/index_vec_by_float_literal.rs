// Rejects: indexing a Vec by a float literal (E0277).
fn main() {
    let v = vec![1, 2];
    println!("{}", v[1.0]);
}
