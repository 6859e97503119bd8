// `format!` with an argument whose `Display` fails panics in std's `alloc::fmt::format`.
use std::fmt;

struct Fails;

impl fmt::Display for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("half")?;
        Err(fmt::Error)
    }
}

fn main() {
    let (n, word) = (1, "two");
    let ok = format!("{}-{}", n, word);
    println!("{}", ok);
    let s = format!("x{}y", Fails);
    println!("{}", s);
}
