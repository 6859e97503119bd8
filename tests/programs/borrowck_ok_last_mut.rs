// Checks: mutating through `last_mut` and then using the Vec again.
fn main() {
    let mut v = vec![1, 2];
    if let Some(x) = v.last_mut() {
        *x += 10;
    }
    v.push(0);
    if let Some(first) = v.first_mut() {
        *first = 100;
    }
    println!("{:?}", v);
}
