// Rejects: assigning through a Box bound without `mut` (E0594).
fn main() {
    let b = Box::new(5);
    *b = 6;
    println!("{}", b);
}
