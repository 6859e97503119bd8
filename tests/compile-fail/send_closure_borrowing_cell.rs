// Rejects: a closure borrowing a `Cell` is not `Send`, since `&Cell` is not (E0277).
use std::cell::Cell;

fn run_send<F: FnOnce() + Send>(f: F) {
    f();
}

fn main() {
    let hits = Cell::new(0);
    run_send(|| hits.set(hits.get() + 1));
    println!("{}", hits.get());
}
