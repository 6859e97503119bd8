// A panic message whose argument's `Display` fails ends where it failed.
use std::fmt;

struct Fails;

impl fmt::Display for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("half")?;
        Err(fmt::Error)
    }
}

fn main() {
    println!("before");
    panic!("message {} lost", Fails);
}
