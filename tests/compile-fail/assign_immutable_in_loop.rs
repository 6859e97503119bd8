fn main() {
    let x;
    loop {
        x = 1;
        println!("{}", x);
    }
}
