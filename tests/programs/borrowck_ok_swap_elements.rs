// Checks: swapping Vec elements by index and through `swap`.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for i in 0..v.len() / 2 {
        let j = v.len() - 1 - i;
        let (a, b) = (v[i], v[j]);
        v[i] = b;
        v[j] = a;
    }
    v.swap(0, 1);
    println!("{:?}", v);
}
