// Rejects: `&T` is `Send` only if `T: Sync`, and `Cell` is not `Sync` (E0277).
use std::cell::Cell;

fn need_send<T: Send>(_: T) {}

fn main() {
    let c = Cell::new(1);
    need_send(&c);
    println!("{}", c.get());
}
