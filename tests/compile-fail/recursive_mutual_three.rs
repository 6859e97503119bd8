// Rejects: three structs holding each other inline in a cycle (E0072).
struct A { b: B }
struct B { c: C }
struct C { a: Option<A> }
fn main() {}
