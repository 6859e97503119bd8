fn main() {
    let a = [1, 2];
    println!("{}", a == [1, 2, 3]);
}
