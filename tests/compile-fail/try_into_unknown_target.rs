fn main() {
    let x = 300i32;
    let y = x.try_into().unwrap();
    println!("{}", y);
}
