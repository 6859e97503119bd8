// Rejects: `Box<dyn Fn()>` is `Send` only when the trait object says `+ Send` (E0277).
fn need_send<T: Send>(_: T) {}

fn main() {
    let f: Box<dyn Fn()> = Box::new(|| println!("hi"));
    need_send(f);
}
