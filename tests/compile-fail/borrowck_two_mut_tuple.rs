// Rejects: two mutable borrows of one variable in a tuple (E0499).
fn main() {
    let mut x = 5;
    let pair = (&mut x, &mut x);
    *pair.0 += 1;
    println!("{}", pair.1);
}
