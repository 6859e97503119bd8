// Rejects: a function returning a reference with two reference params and no lifetime (E0106).
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
