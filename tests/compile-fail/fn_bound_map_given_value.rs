// Rejects: an iterator adapter given a value instead of a closure (E0277).
fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    let n = v.iter().map(&&2).count();
    println!("{:?} {}", doubled, n);
}
