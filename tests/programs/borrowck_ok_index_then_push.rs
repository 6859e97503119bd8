// Checks: finding an index first, then mutating by index or pushing.
fn main() {
    let mut v = vec![5, 7, 9];
    match v.iter().position(|x| *x == 7) {
        Some(i) => v[i] += 1,
        None => v.push(7),
    }
    match v.iter().position(|x| *x == 100) {
        Some(i) => v[i] += 1,
        None => v.push(100),
    }
    println!("{:?}", v);
}
