// Assigning through a shared reference.
fn main() {
    let mut x = 5;
    let r = &x;
    *r = 6; // UB: write through shared
    println!("{}", x);
}
