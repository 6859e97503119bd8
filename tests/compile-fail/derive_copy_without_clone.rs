// Rejects: deriving Copy without Clone (E0277).
#[derive(Copy)]
struct S { x: i32 }
fn main() { let a = S { x: 1 }; let _b = a; }
