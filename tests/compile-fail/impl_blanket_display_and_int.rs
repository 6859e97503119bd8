// Rejects: a blanket impl for every Display type and one for `i32`, which is Display (E0119).
use std::fmt::Display;

trait Show {
    fn show(&self) -> String;
}

impl<T: Display> Show for T {
    fn show(&self) -> String {
        format!("[{}]", self)
    }
}

impl Show for i32 {
    fn show(&self) -> String {
        String::from("int")
    }
}

fn main() {
    println!("{}", 5.show());
}
