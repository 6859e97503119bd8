// Rejects: the invocation ends where the macro's arm still needs an `expr` fragment.
macro_rules! one {
    (x) => { 1 };
    (y $e:expr) => { 2 };
}
fn main() {
    let p = one!(y);
    println!("{:?}", p);
}
