fn main() {
    let x: i32;
    let c = 3;
    if c > 2 {
        x = 1;
    }
    println!("{}", x);
}
