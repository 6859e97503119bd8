// Checks: str find/rfind, split, split_whitespace, lines, splitn, split_once and char_indices.
fn main() {
    let s = "the quick brown fox jumps over the lazy dog";
    println!("{:?} {:?} {:?}", s.find("the"), s.rfind("the"), s.find("cat"));
    println!("{:?}", s.find(' '));
    let words: Vec<&str> = s.split_whitespace().collect();
    println!("{} words, longest {:?}", words.len(), words.iter().max_by_key(|w| w.len()));
    let csv = "a,b,,c";
    let parts: Vec<&str> = csv.split(',').collect();
    println!("{:?}", parts);
    let two: Vec<&str> = "k=v=w".splitn(2, '=').collect();
    println!("{:?}", two);
    println!("{:?}", "key: value".split_once(": "));
    let text = "line one\nline two\n\nline four";
    for (i, l) in text.lines().enumerate() {
        println!("{}: {:?}", i + 1, l);
    }
    for (i, c) in "héllo".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let spaced = "  many   spaces\there ";
    println!("{:?}", spaced.split_whitespace().collect::<Vec<_>>());
    println!("{:?}", spaced.split(' ').collect::<Vec<_>>());
}
