fn main() {
    let x: i32 = true;
    println!("{}", x);
}
