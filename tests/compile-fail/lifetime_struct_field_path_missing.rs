// Rejects: a struct field of a type with a lifetime parameter, written without it (E0106).
struct Holder<'a> { r: &'a str }
struct Bad { h: Holder }
fn main() {}
