// Rejects: appending a String to itself (E0502).
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
