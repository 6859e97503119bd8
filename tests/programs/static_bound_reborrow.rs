// A reborrow through a `&'static` reference meets a `'static` bound; so do literals.
fn keep<T: 'static>(t: T) -> T {
    t
}
fn main() {
    let r: &'static i32 = &5;
    let r2 = &*r;
    let k = keep(&*r2);
    let s = keep("text");
    println!("{} {}", k, s);
}
