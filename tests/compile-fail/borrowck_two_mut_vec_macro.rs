// Rejects: two mutable borrows of one variable in a `vec!` (E0499).
fn main() {
    let mut x = 1;
    let v = vec![&mut x, &mut x];
    println!("{}", v.len());
}
