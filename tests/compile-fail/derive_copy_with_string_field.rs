// Rejects: deriving Copy for a struct with a String field (E0204).
#[derive(Clone, Copy)]
struct S { s: String }
fn main() { let a = S { s: String::new() }; let _b = a; }
