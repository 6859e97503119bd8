// Rejects: indexing a String with an integer (E0277).
fn main() {
    let s = String::from("hello");
    let h = s[0];
    println!("{}", h);
}
