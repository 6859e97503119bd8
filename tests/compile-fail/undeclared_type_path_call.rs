// Checks: calling an associated function of an undeclared type.
fn main() {
    let list = Stack::new();
    println!("{}", list);
}
