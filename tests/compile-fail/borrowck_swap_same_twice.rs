// Rejects: two mutable borrows of one variable passed to one call (E0499).
fn main() {
    let mut a = 1;
    std::mem::swap(&mut a, &mut a);
    println!("{}", a);
}
