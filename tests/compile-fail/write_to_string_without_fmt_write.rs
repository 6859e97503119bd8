// Rejects: `write!` into a `String` without `std::fmt::Write` in scope (E0599): a trait's
// methods are found only where the trait is in scope.
fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    println!("{}", s);
}
