// Checks: slicing a str in the middle of a multi-byte char panics with rustc's exact byte-index message.
fn main() {
    let s = String::from("héllo");
    println!("{}", &s[0..1]);
    println!("{}", &s[0..3]);
    let end = s.find('l').unwrap() - 1;
    println!("end = {}", end);
    println!("{}", &s[0..end]);
}
