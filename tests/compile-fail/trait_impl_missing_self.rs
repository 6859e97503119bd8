// Rejects: an impl method without the receiver its trait declares (E0186).
trait T {
    fn f(&self);
}

struct S;

impl T for S {
    fn f() {}
}

fn main() {}
