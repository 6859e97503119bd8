use std::str::FromStr;

struct Celsius(f64);

fn parse_all<T: FromStr>(items: &[&str]) -> Vec<Option<T>> {
    items.iter().map(|s| s.parse().ok()).collect()
}

fn main() {
    let v: Vec<Option<Celsius>> = parse_all(&["1"]);
    println!("{}", v.len());
}
