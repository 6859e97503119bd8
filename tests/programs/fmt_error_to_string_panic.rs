// `to_string` on a value whose `Display` fails panics where std's `ToString` does.
use std::fmt;

struct Fails(u8);

impl fmt::Display for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.0 > 1 {
            return Err(fmt::Error);
        }
        write!(f, "ok {}", self.0)
    }
}

fn main() {
    for i in 0..3 {
        let s = Fails(i).to_string();
        println!("{}", s);
    }
}
