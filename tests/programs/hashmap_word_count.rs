// Checks: the book's word-count with entry().or_insert, then sorting entries by count desc and word asc.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the cat ran";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut entries: Vec<(&str, i32)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &entries {
        println!("{:<4}{}", w, c);
    }
    println!("distinct {}", map.len());
    let mut letters: HashMap<char, usize> = HashMap::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        *letters.entry(c).or_default() += 1;
    }
    let mut lv: Vec<_> = letters.into_iter().collect();
    lv.sort();
    println!("{:?}", lv);
}
