// Rejects: two impls of one trait for one type (E0119).
trait T {
    fn f(&self) {}
}

struct S;

impl T for S {}
impl T for S {}

fn main() {
    S.f();
}
