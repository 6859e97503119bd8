// `Product` over references overflows inside std (accum.rs), for every integer type.
fn main() {
    let v: Vec<u8> = vec![2, 4, 8];
    let p: u8 = v.iter().product();
    println!("{}", p);
    let w: Vec<i16> = vec![-300, 200];
    let q: i16 = w.iter().map(|x| *x).product();
    println!("{}", q);
}
