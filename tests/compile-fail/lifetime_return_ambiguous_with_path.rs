// Rejects: a reference returned when the inputs hold two lifetimes, one a type's parameter (E0106).
struct Holder<'a> { r: &'a str }
fn pick(a: Holder, b: &str) -> &str { b }
fn main() { println!("{}", pick(Holder { r: "x" }, "y")); }
