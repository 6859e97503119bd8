fn main() {
    let limit = std::MAX_LIMIT;
    println!("{}", limit);
}
