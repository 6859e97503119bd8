// Checks: the book exercise converting words to pig latin with chars, slicing at char boundaries and String building.
fn pig(word: &str) -> String {
    let first = match word.chars().next() {
        Some(c) => c,
        None => return String::new(),
    };
    if "aeiouAEIOU".contains(first) {
        format!("{}-hay", word)
    } else {
        let rest = &word[first.len_utf8()..];
        format!("{}-{}ay", rest, first)
    }
}

fn main() {
    let text = "first apple banana orange street éclair";
    let out: Vec<String> = text.split_whitespace().map(pig).collect();
    println!("{}", out.join(" "));
    println!("{:?}", pig(""));
    let mut sentence = String::new();
    for w in ["quick", "eel"] {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence += &pig(w);
    }
    println!("{} ({} bytes)", sentence, sentence.len());
}
