fn main() {
    let w = Wrapper(3);
    println!("{}", w.0);
}
