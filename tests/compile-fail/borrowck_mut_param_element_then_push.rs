// Rejects: pushing through a `&mut Vec` while an element borrow is used (E0499).
fn bump(v: &mut Vec<i32>) {
    let a = &mut v[0];
    v.push(1);
    *a += 1;
}

fn main() {
    let mut v = vec![1];
    bump(&mut v);
    println!("{:?}", v);
}
