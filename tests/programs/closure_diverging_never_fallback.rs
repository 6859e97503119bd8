fn run<F: FnOnce() -> T, T>(f: F) -> Option<T> {
    if false { Some(f()) } else { None }
}
fn main() {
    let r = run(|| {
        panic!("never");
    });
    println!("{}", r.is_none());
}
