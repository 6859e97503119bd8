// Checks: print! writes each formatted piece as it goes: a Display impl that prints writes after the
// pieces before its argument, on stdout and stderr, and a panic inside a Debug impl leaves the
// pieces written before it (stdout's buffer is flushed at exit; fuzz seed 53 #8914).
use std::fmt;
struct Loud(u8);
impl fmt::Display for Loud {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("inner {}", self.0);
        eprint!("e{}", self.0);
        write!(f, "<{}>", self.0)
    }
}
struct Boom(Vec<u8>);
impl fmt::Debug for Boom {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|b| b - 10)).finish()
    }
}
fn main() {
    println!("a {} b {} c", Loud(1), Loud(2));
    eprintln!("x {} y", Loud(3));
    let s = format!("f {}", Loud(4));
    println!("{}", s);
    print!("start ");
    println!("{:?} never", Boom(vec![20, 15, 5]));
}
