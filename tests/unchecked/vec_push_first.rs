// Pushing past the capacity moves the buffer: `first` points into the freed one.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first); // UB: use after free
}
