// Checks: Display is not in Rust's prelude: implementing it needs a use.
struct P(i32);
impl Display for P {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}
fn main() {
    println!("{}", P(1));
}
