fn main() {
    let p = Box::into_raw(Box::new(1));
    let b = Box::from_raw(p);
    println!("{}", b);
}
