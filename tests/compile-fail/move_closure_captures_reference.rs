// Rejects: a `move` closure that must be `'static` captures a reference to a local (E0597).
fn spawn_like<F: FnOnce() + Send + 'static>(f: F) {
    f();
}

fn main() {
    let text = String::from("hello");
    let r = &text;
    spawn_like(move || println!("{}", r));
}
