// Checks: a mutable borrow followed by a shared one once the first is dead.
fn main() {
    let mut y = 5;
    let x = &mut y;
    *x += 1;
    let z = &y;
    println!("{}", z);
    let w = &mut y;
    *w *= 2;
    println!("{}", y);
}
