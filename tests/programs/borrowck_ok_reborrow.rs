// Checks: reborrowing through `&mut` (explicitly and implicitly) keeps the original usable after.
fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(r, 2);
    let r2 = &mut *r;
    r2.push(3);
    r.push(4);
    add(&mut v, 5);
    println!("{:?}", v);
}
