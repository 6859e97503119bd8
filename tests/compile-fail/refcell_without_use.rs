fn main() {
    let c = RefCell::new(1);
    println!("{:?}", c);
}
