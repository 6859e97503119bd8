// Checks: `v.push(*first)` is accepted: the element is copied before the two-phase `&mut v` activates.
fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(first) = v.first() {
        v.push(*first);
    }
    println!("{:?}", v);
}
