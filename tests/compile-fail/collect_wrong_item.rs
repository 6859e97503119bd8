// Vec<String> is built only from Strings: rustc's own message for FromIterator.
fn main() {
    let words: Vec<String> = vec![1, 2].into_iter().collect();
    println!("{:?}", words);
}
