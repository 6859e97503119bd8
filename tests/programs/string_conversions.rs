// Checks: conversions between String, &str, char, bytes and numbers: as_str, to_owned, into, from_utf8, as_bytes, chars collect.
fn takes_str(s: &str) -> usize {
    s.len()
}

fn main() {
    let owned: String = "abc".to_owned();
    let also: String = "def".into();
    let from_char = String::from('g');
    println!("{} {} {}", owned, also, from_char);
    println!("{} {}", takes_str(&owned), takes_str(owned.as_str()));
    let bytes = owned.as_bytes().to_vec();
    println!("{:?}", bytes);
    let back = String::from_utf8(bytes).unwrap();
    println!("{}", back);
    let bad = String::from_utf8(vec![0xff, 0x41]);
    println!("{}", bad.is_err());
    let lossy = String::from_utf8_lossy(&[0x48, 0x69, 0xff]);
    println!("{}", lossy);
    let chars: Vec<char> = "héj".chars().collect();
    let rebuilt: String = chars.iter().collect();
    println!("{:?} {}", chars, rebuilt);
    let n: i64 = "-123".parse().unwrap();
    let s = n.to_string();
    println!("{} {}", s, s.len());
    let f = 0.1f64.to_string();
    println!("{}", f);
    let b: Box<str> = "boxed".into();
    println!("{}", b);
    let c: Vec<String> = vec!["x", "y"].iter().map(|s| s.to_string()).collect();
    println!("{:?}", c.concat());
}
