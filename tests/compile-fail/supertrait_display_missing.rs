// Rejects: a trait whose supertrait is Display, implemented for a type without Display (E0277).
use std::fmt;

trait Shown: fmt::Display {
    fn show(&self) {
        println!("{}", self);
    }
}

struct P;

impl Shown for P {}

fn main() {
    P.show();
}
