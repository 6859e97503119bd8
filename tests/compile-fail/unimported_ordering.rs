// Checks: std::cmp::Ordering needs a use before its variants can be named through it.
fn main() {
    let o = Ordering::Less;
    println!("{:?}", o);
}
