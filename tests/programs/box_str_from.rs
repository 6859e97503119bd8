// Checks: Box<str> made from a &str (one exact allocation, none when empty), read through
// Deref, formatted, moved and dropped; String::from(char) allocating exactly the char's bytes.
fn shout(b: Box<str>) -> String {
    b.to_uppercase()
}

fn main() {
    let b: Box<str> = "boxed".into();
    println!("{} {:?} {} {}", b, b, b.len(), b.starts_with("box"));
    let empty: Box<str> = Box::from("");
    println!("{:?} {}", empty, empty.is_empty());
    let wide: Box<str> = "héllo wörld".into();
    println!("{} {}", wide.chars().count(), &wide[0..3]);
    let moved = b;
    println!("{}", shout(moved));
    for c in ['g', 'é', '中'] {
        let s = String::from(c);
        println!("{} {} {}", s, s.len(), s.capacity());
    }
}
