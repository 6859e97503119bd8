// Checks: char's FromStr: one char (ASCII and multi-byte), the empty string and too many chars,
// ParseCharError's Display (padded) and Debug, char::from_str through the trait.
use std::str::FromStr;

fn main() {
    for s in ["z", "é", "中", "", "ab", " x", "\n"] {
        match s.parse::<char>() {
            Ok(c) => println!("{:?} -> Ok({:?}) {} bytes", s, c, c.len_utf8()),
            Err(e) => println!("{:?} -> Err({}) / {:?}", s, e, e),
        }
    }
    let err = "".parse::<char>().unwrap_err();
    println!("[{:>40}]", err);
    println!("{:?} {:?}", char::from_str("q"), char::from_str("qq").is_err());
    let letters: Vec<char> = "a,b,c".split(',').map(|p| p.parse().unwrap()).collect();
    println!("{:?}", letters);
}
