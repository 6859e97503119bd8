// Checks: expect() on a None returned by HashMap::get reports the expect message at the expect call site.
use std::collections::HashMap;

fn lookup<'a>(m: &'a HashMap<&str, &'a str>, k: &str) -> &'a str {
    m.get(k).expect("key should be present")
}

fn main() {
    let mut m = HashMap::new();
    m.insert("en", "hello");
    m.insert("fr", "bonjour");
    println!("{}", lookup(&m, "fr"));
    println!("{}", lookup(&m, "en"));
    println!("{}", lookup(&m, "de"));
}
