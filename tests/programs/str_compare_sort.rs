// Checks: string comparison (==, <, cmp), sorting &str and String vectors, and case-insensitive comparison.
fn main() {
    println!("{} {} {}", "apple" < "banana", "Zebra" < "apple", "abc" == "abc");
    println!("{:?} {:?}", "a".cmp("b"), "b".cmp("a"));
    let mut words = vec!["pear", "Apple", "banana", "apple", "Cherry"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?}", words);
    let s1 = String::from("hello");
    let s2 = "hello";
    println!("{} {}", s1 == s2, s1.as_str() == s2);
    println!("{}", "HeLLo".eq_ignore_ascii_case("hello"));
    let mut owned: Vec<String> = vec!["b".into(), "a".into(), "c".into()];
    owned.sort();
    owned.dedup();
    println!("{:?}", owned);
    println!("{:?}", words.iter().min());
}
