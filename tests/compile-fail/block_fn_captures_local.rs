fn main() {
    let factor = 3;
    fn scale(n: i32) -> i32 {
        n * factor
    }
    println!("{}", scale(2));
}
