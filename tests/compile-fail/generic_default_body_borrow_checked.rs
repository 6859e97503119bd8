// A generic function that makes a `T::default()` is borrow-checked before any instance runs:
// using a value after moving it is E0382 in the generic body.
fn pair<T: Default>() -> (T, T) {
    let a = T::default();
    let b = a;
    (a, b)
}

fn main() {
    let (x, y): (Vec<u8>, Vec<u8>) = pair();
    println!("{} {}", x.len(), y.len());
}
