// Pushing while iterating: the iterator still points into the old buffer.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() { // UB: use after free
        println!("{}", x);
        v.push(*x * 10);
    }
}
