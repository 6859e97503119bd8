// A panic's location counts display columns: rustc gives a CJK character or an emoji two, and
// a combining accent none (found by the fuzzer), while its error messages count characters.
fn at(i: usize) -> usize {
    i
}

fn main() {
    let words = ["日本語", "😀", "é"];
    println!("{:?}", words);
    let s = "日本語😀é"; let v = vec![1]; println!("{}", v[at(s.len())]);
}
