fn main() {
    let big: i64 = 5;
    let small = i32::from(big);
    println!("{}", small);
}
