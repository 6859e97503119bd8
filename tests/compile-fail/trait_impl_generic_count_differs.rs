// Rejects: an impl method with fewer type parameters than its trait's (E0049).
trait T { fn f<A>(&self, a: A); }
struct S;
impl T for S { fn f(&self, a: i32) {} }
fn main() {}
