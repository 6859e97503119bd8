// Rejects: deriving Eq without PartialEq (E0277).
#[derive(PartialEq)]
struct A;
#[derive(Eq)]
struct B;
fn main() {}
