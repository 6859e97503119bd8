// Checks: chars().rev().collect::<String>(), reversing word order, capitalizing words and palindrome checks.
fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        None => String::new(),
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
    }
}

fn is_palindrome(s: &str) -> bool {
    let clean: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    let n = clean.len();
    (0..n / 2).all(|i| clean[i] == clean[n - 1 - i])
}

fn main() {
    let s = "hello world from rust";
    let rev: String = s.chars().rev().collect();
    println!("{}", rev);
    let words: Vec<&str> = s.split(' ').rev().collect();
    println!("{}", words.join(" "));
    let caps: Vec<String> = s.split_whitespace().map(capitalize).collect();
    println!("{}", caps.join(" "));
    for p in ["A man, a plan, a canal: Panama", "rust", "", "No lemon, no melon"] {
        println!("{:?} {}", p, is_palindrome(p));
    }
    let each_rev: Vec<String> = s.split(' ').map(|w| w.chars().rev().collect()).collect();
    println!("{:?}", each_rev);
}
