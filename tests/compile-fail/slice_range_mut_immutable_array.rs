// `&mut a[1..]` borrows the array itself mutably: `a` must be `mut` (rustc names `a`, not `a[_]`).
fn main() {
    let a = [1, 2, 3];
    let s = &mut a[1..];
    s[0] = 5;
    println!("{:?}", a);
}
