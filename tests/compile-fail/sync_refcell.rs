// Rejects: `RefCell` is not `Sync` (E0277).
use std::cell::RefCell;

fn need_sync<T: Sync>(_: &T) {}

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    need_sync(&cell);
}
