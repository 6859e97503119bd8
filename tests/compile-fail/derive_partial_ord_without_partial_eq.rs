// Rejects: deriving PartialOrd without PartialEq (E0277).
#[derive(PartialOrd)]
struct P(i32);
fn main() {}
