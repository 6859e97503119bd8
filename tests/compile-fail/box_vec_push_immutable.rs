// Rejects: pushing onto a Vec inside a Box bound without `mut` (E0596).
fn main() {
    let b = Box::new(vec![1]);
    b.push(2);
    println!("{:?}", b);
}
