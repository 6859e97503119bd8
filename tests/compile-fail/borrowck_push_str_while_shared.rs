// Rejects: changing a String while a shared borrow of it is still used (E0502).
fn main() {
    let mut s = String::from("hello");
    let r = &s;
    s.push_str(" world");
    println!("{}", r);
}
