// Checks: indexing a Vec out of bounds panics with "index out of bounds: the len is N but the index is M".
fn main() {
    let v = vec![1, 2, 3];
    let idx = v.len() + 96;
    println!("accessing index {}", idx);
    let x = v[idx];
    println!("{}", x);
}
