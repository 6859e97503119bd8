fn main() {
    let x = !();
    println!("{:?}", x);
}
