// Checks: a statement that starts with a block-like expression ends at its brace.
fn main() {
    let mut v = vec![1, 2];
    if let Some(x) = v.last_mut() {
        *x += 10;
    }
    == v.len();
    println!("{:?}", v);
}
