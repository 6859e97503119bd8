// `push_str` past the capacity reallocates: the `&str` into the old buffer dangles.
fn main() {
    let mut s = String::from("abc");
    let view: &str = &s[..];
    s.push_str("defgh");
    println!("{}", view); // UB: use after free
}
