// Rejects: pushing to a Vec while an element reference is still in use (E0502).
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("The first element is: {first}");
}
