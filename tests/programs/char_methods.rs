// Checks: char classification methods, to_digit/from_digit, case conversion, and casts between char and integers.
fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', 'é', '!', '中'] {
        println!(
            "{:?}: alpha={} num={} alnum={} ws={} upper={} lower={} ascii={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii()
        );
    }
    println!("{:?} {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16), 'g'.to_digit(16));
    println!("{:?} {:?}", std::char::from_digit(5, 10), char::from_digit(11, 16));
    println!("{} {}", 'A' as u32, 'é' as u32);
    println!("{} {}", 97u8 as char, char::from(66u8));
    println!("{:?} {:?}", char::from_u32(0x263A), char::from_u32(0xD800));
    println!("{} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase());
    let up: String = 'ß'.to_uppercase().collect();
    println!("{}", up);
    println!("{} {}", 'é'.len_utf8(), '中'.len_utf8());
    println!("{}", ('a'..='e').collect::<String>());
    println!("{}", (b'a' + 3) as char);
}
