fn main() {
    fn total() -> i32 {
        count + 1
    }
    let count = 4;
    println!("{} {}", total(), count);
}
