// Checks: a path through std's fmt module needs `use std::fmt`.
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
fn main() {
    println!("{}", P(1));
    let x = mem::size_of::<u8>();
}
