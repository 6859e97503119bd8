// Rejects: Display::fmt returning a String instead of fmt::Result (E0053).
use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> String { String::new() }
}
fn main() { println!("{}", P(1)); }
