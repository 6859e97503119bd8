// Checks: an iterator's borrow ends when the iteration is consumed.
fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32 = v.iter().sum();
    v.push(total);
    let count = v.iter().filter(|x| **x > 2).count();
    v.push(count as i32);
    println!("{:?}", v);
}
