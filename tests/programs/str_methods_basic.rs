// Checks: common &str methods: len, is_empty, to_uppercase/lowercase, trim variants, starts_with/ends_with, contains.
fn main() {
    let s = "  Hello, World!  ";
    println!("[{}] len {}", s, s.len());
    println!("[{}]", s.trim());
    println!("[{}]", s.trim_start());
    println!("[{}]", s.trim_end());
    let t = s.trim();
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{} {}", t.starts_with("Hello"), t.starts_with("hello"));
    println!("{} {}", t.ends_with('!'), t.ends_with("World"));
    println!("{} {}", t.contains("lo, W"), t.contains('z'));
    println!("{} {}", "".is_empty(), t.is_empty());
    println!("{}", "abc".repeat(3));
    println!("{}", "x-y-z".replace("-", "+"));
    println!("{}", "aaaa".replacen("a", "b", 2));
    println!("{:?}", "--trim--".trim_matches('-'));
    println!("{:?} {:?}", "prefix_rest".strip_prefix("prefix_"), "abc".strip_suffix("x"));
}
