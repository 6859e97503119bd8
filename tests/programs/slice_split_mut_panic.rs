// Checks: split_at_mut past the end panics with std's message at the caller's location.
fn main() {
    let mut v = vec![1, 2, 3];
    let mid = v.len() + 1;
    println!("splitting at {}", mid);
    let (a, b) = v.split_at_mut(mid);
    println!("{:?} {:?}", a, b);
}
