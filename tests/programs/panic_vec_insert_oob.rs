// Checks: Vec::insert past len panics with rustc's exact "insertion index" message.
fn main() {
    let mut v = vec![1, 2];
    v.insert(2, 3);
    println!("{:?}", v);
    v.insert(5, 9);
    println!("{:?}", v);
}
