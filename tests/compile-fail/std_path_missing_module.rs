fn main() {
    let m = std::synk::Mutex::new(0);
    println!("{:?}", m);
}
