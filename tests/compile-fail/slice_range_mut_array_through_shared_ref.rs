// `&mut r[..]` borrows `*r` mutably, as `index_mut` does: not through a `&` reference.
fn main() {
    let a = [1, 2, 3];
    let r = &a;
    let s = &mut r[..];
    s[0] = 5;
    println!("{:?}", a);
}
