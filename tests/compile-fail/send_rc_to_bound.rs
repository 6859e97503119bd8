// Rejects: an `Rc` passed where `T: Send` is required (E0277).
use std::rc::Rc;

fn need_send<T: Send>(_: T) {}

fn main() {
    let shared = Rc::new(5);
    need_send(shared);
}
