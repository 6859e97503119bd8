// Rejects: `Arc<T>` is `Send` only if `T: Send + Sync`; `RefCell` is not `Sync` (E0277).
use std::cell::RefCell;
use std::sync::Arc;

fn need_send<T: Send>(_: T) {}

fn main() {
    let shared = Arc::new(RefCell::new(0));
    need_send(shared);
}
