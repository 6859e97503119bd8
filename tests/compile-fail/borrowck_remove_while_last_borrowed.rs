// Rejects: removing from a Vec while `last()`'s reference is used (E0502).
fn main() {
    let mut v = vec![10, 20, 30];
    let last = v.last().unwrap();
    v.remove(0);
    println!("{}", last);
}
