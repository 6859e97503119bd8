// Checks: iterating a str by chars and bytes, counting chars vs bytes with non-ASCII text, and nth/rev.
fn main() {
    let s = "Здравствуйте";
    println!("bytes {} chars {}", s.len(), s.chars().count());
    let hello = "héllo wörld";
    for c in hello.chars().take(5) {
        print!("[{}]", c);
    }
    println!();
    for b in "hi!".bytes() {
        print!("{} ", b);
    }
    println!();
    println!("{:?}", hello.chars().nth(1));
    println!("{:?}", hello.chars().rev().collect::<String>());
    println!("{:?}", &s[0..4]);
    println!("{}", hello.is_char_boundary(2));
    let upper: String = hello.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", upper);
    println!("{}", hello.to_uppercase());
    let bytes = hello.as_bytes();
    println!("{} {:?}", bytes.len(), &bytes[..3]);
}
