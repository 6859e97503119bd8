fn f(v: &mut Vec<&u32>) {
    let x = 1;
    let r = &mut *v;
    r.push(&x);
}
fn main() {
    let mut v = Vec::new();
    f(&mut v);
}
