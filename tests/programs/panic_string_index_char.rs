// Checks: slicing a String starting inside a multi-byte char panics with the "start byte index" not-a-char-boundary message.
fn main() {
    let s = String::from("日本語");
    println!("{} bytes", s.len());
    println!("{}", &s[3..]);
    println!("{}", &s[1..]);
}
