// Checks: slicing a str past its length panics with rustc's exact "out of bounds" message.
fn main() {
    let s = "abc";
    for n in 1..10 {
        println!("{}", &s[..n]);
    }
}
