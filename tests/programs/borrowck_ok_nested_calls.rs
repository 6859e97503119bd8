// Checks: nested method calls on the same Vec (two-phase borrows and temporaries).
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v[0] + v[v.len() - 1]);
    v.truncate(v.len() - 1);
    let n = v.iter().max().copied().unwrap_or(0);
    v.retain(|x| *x != n);
    v.extend_from_slice(&[n, n]);
    println!("{:?}", v);
}
