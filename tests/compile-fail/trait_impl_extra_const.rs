// Rejects: an impl defining a const its trait does not declare (E0438).
trait T {
    fn a(&self);
}

struct S;

impl T for S {
    fn a(&self) {}
    const C: i32 = 1;
}

fn main() {}
