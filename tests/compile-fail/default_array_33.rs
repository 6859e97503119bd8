fn main() {
    let a: [u8; 33] = Default::default();
    println!("{}", a.len());
}
