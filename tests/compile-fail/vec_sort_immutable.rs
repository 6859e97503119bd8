// Rejects: sorting a Vec bound without `mut`: the slice method borrows it mutably (E0596).
fn main() {
    let v = vec![3, 1, 2];
    v.sort();
    println!("{:?}", v);
}
