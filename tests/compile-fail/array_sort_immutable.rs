// Rejects: sorting an array bound without `mut` (E0596).
fn main() {
    let a = [3, 1, 2];
    a.sort();
    println!("{:?}", a);
}
