// Checks: char arithmetic via u8 casts implementing a Caesar cipher, and counting letters with arrays.
fn shift(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + k) % 26) + b'A') as char
    } else {
        c
    }
}

fn main() {
    let msg = "Hello, World! xyz";
    let enc: String = msg.chars().map(|c| shift(c, 3)).collect();
    println!("{}", enc);
    let dec: String = enc.chars().map(|c| shift(c, 23)).collect();
    println!("{}", dec);
    let mut counts = [0u32; 26];
    for c in msg.to_lowercase().chars() {
        if c.is_ascii_alphabetic() {
            counts[(c as u8 - b'a') as usize] += 1;
        }
    }
    for (i, &n) in counts.iter().enumerate() {
        if n > 0 {
            print!("{}{} ", (b'a' + i as u8) as char, n);
        }
    }
    println!();
}
