// Rejects: a crate whose only `main` is an associated function (E0601).
struct S;
impl S { fn main() {} }
