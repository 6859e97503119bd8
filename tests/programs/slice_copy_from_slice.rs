// `copy_from_slice` into an array, a Vec and a subslice, an array's by-value iterator's
// `as_slice`/`as_mut_slice` after elements moved out of both ends, and the length-mismatch panic
// at the caller's location.
fn main() {
    let mut a = [0u8; 5];
    a[1..4].copy_from_slice(&[7, 8, 9]);
    println!("{:?}", a);
    let mut v = vec![0i64; 3];
    let src = [1i64, -2, 3];
    v.copy_from_slice(&src);
    v[..2].copy_from_slice(&src[1..]);
    println!("{:?}", v);
    let mut it = [String::from("a"), String::from("b"), String::from("c")].into_iter();
    it.next();
    println!("{:?}", it.as_slice());
    it.as_mut_slice()[0].push('!');
    println!("{:?} {:?}", it.next_back(), it.as_slice());
    let mut b = [1i64, 2, 3];
    b.copy_from_slice(&[4, 5]);
    println!("unreached {:?}", b);
}
