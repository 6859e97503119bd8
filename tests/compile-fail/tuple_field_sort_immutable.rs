// Rejects: sorting a Vec in a tuple bound without `mut` (E0596).
fn main() {
    let t = (vec![2, 1], 0);
    t.0.sort();
    println!("{:?}", t.0);
}
