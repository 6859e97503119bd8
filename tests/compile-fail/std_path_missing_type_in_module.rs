fn main() {
    let mut counts = std::collections::HashMapp::new();
    counts.insert("a", 1);
}
