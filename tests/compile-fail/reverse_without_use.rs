fn main() {
    let mut v = vec![3, 1, 2];
    v.sort_by_key(|x| Reverse(*x));
    println!("{:?}", v);
}
