// Assigning to a borrowed variable invalidates the shared reference.
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6;
    println!("{} {}", x, r); // UB: invalidated
}
