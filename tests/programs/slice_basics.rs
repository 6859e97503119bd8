// Checks: slicing arrays and Vecs with ranges (a..b, ..b, a.., ..), slice len, and passing &[T] to functions.
fn sum(s: &[i32]) -> i32 {
    let mut t = 0;
    for x in s {
        t += x;
    }
    t
}

fn main() {
    let a = [1, 2, 3, 4, 5, 6];
    let s = &a[1..3];
    println!("{:?} len {}", s, s.len());
    println!("{:?}", &a[..2]);
    println!("{:?}", &a[4..]);
    println!("{:?}", &a[..]);
    println!("{:?}", &a[2..=4]);
    println!("{:?}", &a[3..3]);
    println!("{} {} {}", sum(&a), sum(&a[..3]), sum(&a[3..]));
    let v = vec![10, 20, 30, 40];
    let vs: &[i32] = &v[1..];
    println!("{:?} first {}", vs, vs[0]);
    let mut m = [0; 5];
    let part = &mut m[1..4];
    part[0] = 7;
    part[2] = 9;
    println!("{:?}", m);
}
