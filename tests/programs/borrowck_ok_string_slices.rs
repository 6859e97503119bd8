// Checks: slices of a String used, then the String changed after their last use.
fn main() {
    let mut s = String::from("hello world");
    let hello = &s[0..5];
    let world = &s[6..];
    println!("{} {}", world, hello);
    s.push_str("!");
    let words: Vec<&str> = s.split(' ').collect();
    println!("{:?}", words);
    s.clear();
    println!("[{}]", s);
}
