// Impl methods whose receivers are written with their types (`self: &Self`) match their traits.
trait T { fn f(&self) -> i32; }
struct S;
impl T for S { fn f(self: &Self) -> i32 { 1 } }
impl Clone for S { fn clone(self: &Self) -> Self { S } }
fn main() { println!("{}", S.f()); let _ = S.clone(); }
