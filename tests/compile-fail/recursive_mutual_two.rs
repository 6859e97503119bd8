// Rejects: two structs holding each other inline (E0072).
struct A { b: B }
struct B { a: Option<A> }
fn main() {}
