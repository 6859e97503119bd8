// Impls of the traits std derives, written out with their exact signatures (and PartialEq<i32> beside PartialEq).
use std::fmt;
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq)]
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "P{}", self.0) }
}
impl PartialOrd for P {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}
impl Ord for P {
    fn cmp(&self, other: &P) -> Ordering { self.0.cmp(&other.0) }
}
impl Default for P { fn default() -> Self { P(7) } }
struct Q(i32);
impl Clone for Q { fn clone(&self) -> Self { Q(self.0) } }
impl PartialEq for Q { fn eq(&self, other: &Q) -> bool { self.0 == other.0 } }
impl PartialEq<i32> for Q { fn eq(&self, other: &i32) -> bool { self.0 == *other } }
fn main() { println!("{} {:?} {} {}", P(1), P(2).cmp(&P(3)), P::default(), Q(1).clone() == Q(1)); println!("{}", Q(2) == 2); }
