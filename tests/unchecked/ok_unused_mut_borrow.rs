// No undefined behaviour: the `&mut` taken while `s` is live is never used.
fn main() {
    let mut x = 5;
    let m = &mut x;
    *m += 1;
    let s = &x;
    let m2 = &mut x;
    println!("{}", s);
    let _ = m2;
}
