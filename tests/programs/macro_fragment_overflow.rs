// An overflow in an `expr` fragment is located where the caller wrote the fragment (the
// parentheses the expansion keeps around it are not an expression of their own).
macro_rules! twice { ($e:expr) => { $e * 2 }; }
fn main() {
    let a: u8 = 200;
    let b: u8 = "2".parse().unwrap();
    println!("{}", twice!(a / b));
    println!("{}", twice!(a + b * 30));
}
