// Rejects: a borrow of a `Box`'s contents passed where `T: 'static` is required (E0597).
fn keep<T: 'static>(t: T) -> T {
    t
}
fn main() {
    let b = Box::new(3);
    let k = keep(&*b);
    println!("{}", k);
}
