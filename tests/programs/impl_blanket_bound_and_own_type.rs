// A blanket impl for Display types and an impl for a type that is not Display do not overlap;
// each call takes its own impl.
use std::fmt::{self, Display};

trait Show {
    fn show(&self) -> String;
}

impl<T: Display> Show for T {
    fn show(&self) -> String {
        format!("[{}]", self)
    }
}

struct Mine;

impl Show for Mine {
    fn show(&self) -> String {
        String::from("mine")
    }
}

struct Shown(i32);

impl Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "shown {}", self.0)
    }
}

fn main() {
    println!("{} {} {} {}", 5.show(), "s".show(), Mine.show(), Shown(2).show());
}
