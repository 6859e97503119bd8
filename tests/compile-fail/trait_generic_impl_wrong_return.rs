// Rejects: a generic trait's method with another return type than the trait's argument (E0053).
trait Conv<T> { fn c(&self) -> T; }
struct S;
impl Conv<i32> for S { fn c(&self) -> u8 { 1 } }
fn main() { }
