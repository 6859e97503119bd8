// Checks: two-phase borrows: the receiver's `&mut` is not active while the arguments run.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len() * 10);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    v.insert(0, v[1] + 1);
    println!("{:?} {}", v, s);
}
