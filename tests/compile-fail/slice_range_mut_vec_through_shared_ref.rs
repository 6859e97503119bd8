// A Vec's range behind a `&` reference cannot be borrowed mutably.
fn main() {
    let v = vec![1, 2, 3];
    let r = &v;
    let s = &mut r[..2];
    s[0] = 5;
    println!("{:?}", v);
}
