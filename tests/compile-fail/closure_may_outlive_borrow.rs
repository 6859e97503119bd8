// Rejects: a closure that must be `'static` borrows a local (E0373).
fn spawn_like<F: FnOnce() + Send + 'static>(f: F) {
    f();
}

fn main() {
    let names = vec![String::from("a"), String::from("b")];
    spawn_like(|| println!("{:?}", names));
}
