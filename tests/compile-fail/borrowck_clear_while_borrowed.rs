// Rejects: clearing a Vec while a reference into it is still used (E0502).
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let first = &v[0];
    v.clear();
    println!("{}", first);
}
