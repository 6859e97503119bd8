fn main() {
    let v = vec![1, 2];
    println!("{}", [1, 2] == v);
}
