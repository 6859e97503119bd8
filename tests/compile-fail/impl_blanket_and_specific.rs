// Rejects: a blanket impl for every type and one for `i32` (E0119).
trait T {
    fn f(&self) {}
}

impl<X> T for X {}
impl T for i32 {}

fn main() {
    5.f();
}
