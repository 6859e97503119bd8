fn main() {
    let base = 10;
    const LIMIT: i32 = base * 2;
    println!("{}", LIMIT);
}
