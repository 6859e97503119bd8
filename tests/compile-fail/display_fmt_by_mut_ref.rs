// Display::fmt takes `&self`.
use std::fmt;

struct Name;

impl fmt::Display for Name {
    fn fmt(&mut self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "name")
    }
}

fn main() {
    println!("{}", Name);
}
