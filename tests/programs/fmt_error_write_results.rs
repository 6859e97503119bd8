// A `fmt` impl that returns `Err(fmt::Error)`: `write!` returns the error (what was written before
// it stays written), `?` passes it up through other impls, derived `Debug` stops at it, and a
// `println!` whose argument fails panics in std after printing what came before.
use std::fmt::{self, Write};

struct Fails;

impl fmt::Display for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("partial")?;
        Err(fmt::Error)
    }
}

impl fmt::Debug for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "dbg")?;
        Err(fmt::Error)
    }
}

struct Outer(Fails);

impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "outer[")?;
        write!(f, "{}", self.0)?;
        write!(f, "]")
    }
}

struct Ignores(Fails);

impl fmt::Display for Ignores {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let inner = write!(f, "<{}>", self.0);
        write!(f, " then {:?}", inner)
    }
}

#[derive(Debug)]
struct Wrapper {
    name: &'static str,
    inner: Fails,
    after: u8,
}

fn main() {
    let mut s = String::new();
    let r = write!(s, "a{}b", Fails);
    println!("{:?} {:?}", r, s);

    let mut t = String::new();
    println!("{:?} {:?}", write!(t, "{}", Outer(Fails)), t);

    let mut u = String::new();
    println!("{:?} {:?}", write!(u, "{}", Ignores(Fails)), u);

    let mut v = String::new();
    let w = Wrapper { name: "w", inner: Fails, after: 7 };
    println!("{:?} {:?} {}", writeln!(v, "{:?}", w), v, w.after);

    let mut x = String::new();
    println!("{:?} {:?}", write!(x, "{:?}", vec![1, 2]), x);
    let e = fmt::Error;
    println!("{} / {:?} / {:?}", e, e, fmt::Error::default() == e);

    print!("start ");
    println!("{} never ends", Fails);
}
