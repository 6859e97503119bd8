// Rejects: a Debug supertrait not derived (E0277).
use std::fmt::Debug;

trait Pretty: Debug {
    fn pretty(&self) {
        println!("{:?}", self);
    }
}

struct A;

impl Pretty for A {}

fn main() {
    A.pretty();
}
