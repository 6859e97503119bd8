// Rejects: a `move` closure capturing an `Rc`, passed to a spawn-like function (E0277).
use std::rc::Rc;

fn spawn_like<F: FnOnce() + Send + 'static>(f: F) {
    f();
}

fn main() {
    let counter = Rc::new(1);
    spawn_like(move || println!("{}", counter));
}
