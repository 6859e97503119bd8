// Rejects: a closure writing through a captured `&mut` is `FnMut`; calling it needs a `mut` binding (E0596).
fn main() {
    let mut x = 0;
    let r = &mut x;
    let c = || *r += 1;
    c();
    println!("{}", x);
}
