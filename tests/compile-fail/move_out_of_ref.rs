fn main() {
    let b = Box::new(1);
    let r = &b;
    let c = *r;
    println!("{}", c);
}
