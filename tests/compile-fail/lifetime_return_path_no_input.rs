// Rejects: returning a type with a lifetime parameter from a function without input lifetimes (E0106).
struct Holder<'a> { r: &'a str }
fn make() -> Holder { Holder { r: "x" } }
fn main() { println!("{}", make().r); }
