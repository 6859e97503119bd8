// Building strings: push_str, push, format! and to_string into a growing String.
fn main() {
    let mut text = String::new();
    for i in 0..50_000 {
        if i % 15 == 0 {
            text.push_str("FizzBuzz");
        } else if i % 3 == 0 {
            text.push_str("Fizz");
        } else if i % 5 == 0 {
            text.push_str("Buzz");
        } else {
            text.push_str(&i.to_string());
        }
        text.push(if i % 10 == 9 { '\n' } else { ' ' });
    }
    let mut line = String::new();
    for word in ["alpha", "beta", "gamma"] {
        line = format!("{}{}-{};", line, word, word.len());
    }
    let mut hash: u32 = 0;
    for b in text.bytes() {
        hash = hash.wrapping_mul(16777619) ^ b as u32;
    }
    println!("{} bytes, {} lines, hash {}, {}", text.len(), text.lines().count(), hash, line);
}
