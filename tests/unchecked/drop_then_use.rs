// `drop(s)` frees the buffer the `&str` points into.
fn main() {
    let s = String::from("hi");
    let r = s.as_str();
    drop(s);
    println!("{}", r); // UB: use after free
}
