// Counting words with a HashMap: text generated from a small vocabulary, split, counted.
use std::collections::HashMap;

fn main() {
    let vocabulary = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs", "far", "away", "from", "a", "big", "red", "barn", "in", "sun", "rain"];
    let mut state: u32 = 7;
    let mut text = String::new();
    for _ in 0..50_000 {
        state = state.wrapping_mul(1103515245).wrapping_add(12345);
        let word = vocabulary[((state >> 16) % 20) as usize];
        text.push_str(word);
        text.push(' ');
    }
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, u32)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (word, count) in pairs.iter().take(5) {
        println!("{}: {}", word, count);
    }
    println!("{} distinct words", pairs.len());
}
