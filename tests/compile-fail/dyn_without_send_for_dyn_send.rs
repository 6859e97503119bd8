// Rejects: a `Box<dyn Fn()>` passed where `Box<dyn Fn() + Send>` is expected (E0308).
fn take(f: Box<dyn Fn() + Send>) {
    f();
}
fn main() {
    let g: Box<dyn Fn()> = Box::new(|| println!("hi"));
    take(g);
}
