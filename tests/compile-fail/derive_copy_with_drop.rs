// Rejects: deriving Copy for a type that implements Drop (E0184).
#[derive(Clone, Copy)]
struct S { x: i32 }
impl Drop for S { fn drop(&mut self) {} }
fn main() { let _a = S { x: 1 }; }
