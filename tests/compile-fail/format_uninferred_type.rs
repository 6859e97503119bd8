// Printing a value whose type inference never decided is E0282 at its binding (rustc's
// `Vec<_>: Debug` is ambiguous, not unmet), not E0277.
fn main() {
    let items = Vec::new();
    println!("{:?}", items);
}
