fn main() {
    let mut x = 1;
    let m = &raw mut x;
    m.write(2);
    println!("{}", x);
}
