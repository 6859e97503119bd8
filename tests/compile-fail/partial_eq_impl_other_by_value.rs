// Rejects: PartialEq::eq taking the other value by value instead of by reference (E0053).
#[derive(Debug)]
struct P(i32);
impl PartialEq for P {
    fn eq(&self, other: P) -> bool { self.0 == other.0 }
}
fn main() { println!("{}", P(1) == P(1)); }
