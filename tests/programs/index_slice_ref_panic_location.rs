// Indexing a slice behind a `&mut` is the language's own indexing: rustc locates its panic at
// the whole `right[i]`, not at the `[` as for a Vec's `Index` (found by the fuzzer).
fn at(i: usize) -> usize {
    i
}

fn main() {
    let mut v = vec![3, 1, 4, 1, 5];
    let (left, right) = v.split_at_mut(3);
    left[at(0)] = 9;
    let shared: &[i32] = &v[..];
    println!("{} {}", shared[at(0)], v[at(4)]);
    let boxed = Box::new([1, 2, 3]);
    println!("{}", boxed[at(2)]);
    let (_, right) = v.split_at_mut(3);
    right[at(7)] = -1;
}
