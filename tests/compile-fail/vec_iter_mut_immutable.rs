// Rejects: `iter_mut` on a Vec bound without `mut` (E0596).
fn main() {
    let v = vec![3, 1];
    for x in v.iter_mut() {
        *x += 1;
    }
    println!("{:?}", v);
}
