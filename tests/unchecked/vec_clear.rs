// `clear` drops the elements: the reference to the first one is invalidated.
fn main() {
    let mut v = vec![10, 20, 30];
    let first = &v[0];
    v.clear();
    println!("{}", first); // UB: invalidated
}
