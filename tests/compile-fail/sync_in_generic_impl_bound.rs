// Rejects: a tuple with a `Cell` is not `Sync`, checked through a generic function's bound (E0277).
use std::cell::Cell;

fn share<T: Sync>(value: &T) -> &T {
    value
}

fn main() {
    let pair = (1, Cell::new(2));
    let r = share(&pair);
    println!("{}", r.0);
}
