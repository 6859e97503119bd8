// Checks: String::with_capacity, capacity growth as bytes are pushed, and len in bytes for UTF-8 text.
fn main() {
    let mut s = String::with_capacity(4);
    println!("len {} cap {}", s.len(), s.capacity());
    let mut caps = vec![s.capacity()];
    for c in "abcdefghijklmnopqrstuvwxyz".chars() {
        s.push(c);
        if *caps.last().unwrap() != s.capacity() {
            caps.push(s.capacity());
        }
    }
    println!("{:?} len {}", caps, s.len());
    let mut e = String::new();
    println!("new cap {}", e.capacity());
    e.push('é');
    println!("len {} cap {}", e.len(), e.capacity());
    e.push_str("€€");
    println!("len {} chars {} cap {}", e.len(), e.chars().count(), e.capacity());
    let f = String::from("hello");
    println!("from cap {}", f.capacity());
    let g = "x".repeat(10);
    println!("repeat cap {}", g.capacity());
}
