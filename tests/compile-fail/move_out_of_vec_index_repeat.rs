// Rejects: `vec![v[0]; 2]` with a non-Copy element: `vec![x; n]` takes `x` by value
// (E0507; fuzz seed 53).
fn main() {
    let words = vec![String::from("hi")];
    let copies = vec![words[0]; 2];
    println!("{:?}", copies);
}
