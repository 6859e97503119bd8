// Rejects: a doc comment at the end of the file, with no item after it.
fn main() {
    println!("hi");
}
/// main is the entry point
