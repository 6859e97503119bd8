// Checks: NLL ends a shared borrow at its last use, so the Vec can be changed afterwards.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {}", first);
    v.push(4);
    let r = &mut v;
    r.push(5);
    println!("{:?}", v);
}
