// Rejects: a borrow of a local passed where `T: 'static` is required (E0597).
fn keep<T: 'static>(t: T) -> T {
    t
}
fn main() {
    let x = 5;
    let k = keep(&x);
    println!("{}", k);
}
