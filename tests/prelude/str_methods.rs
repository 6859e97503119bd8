fn main() {
    let s = "  Hello, wörld! \n";
    println!("[{}] [{}] [{}]", s.trim(), s.trim_start(), s.trim_end());
    for c in "héllo".chars().rev() { print!("{}", c); }
    println!();
    println!("{:?}", "héllo".char_indices().collect::<Vec<_>>());
    println!("{:?}", "a b  c\td".split_whitespace().collect::<Vec<&str>>());
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<&str>>());
    println!("{:?}", "a--b--c".split("--").collect::<Vec<&str>>());
    println!("{:?}", "abc".split("").collect::<Vec<&str>>());
    println!("{:?}", "line1\nline2\r\n\nline4\n".lines().collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", "hello".find('l'), "hello".find("lo"), "hello".rfind('l'));
    println!("{} {} {}", "hello".starts_with("he"), "hello".ends_with('o'), "hello".contains("ell"));
    println!("{}", "a.b.c".replace(".", "::"));
    println!("{} {}", "Hello".to_uppercase(), "Hello".to_lowercase());
    println!("{:?} {:?}", "42".parse::<i32>(), "-7".parse::<i64>());
    println!("{:?} {:?} {:?}", "".parse::<u8>(), "300".parse::<u8>(), "x1".parse::<i32>());
    println!("{:?}", "-129".parse::<i8>());
    match "abc".parse::<u32>() { Ok(n) => println!("{}", n), Err(e) => println!("error: {}", e) }
    println!("{}", "ab".repeat(3));
    println!("{:?} {:?}", "key=value".split_once('='), "k".split_once('='));
    println!("{:?}", "x".strip_prefix("y"));
    println!("{:?}", "hello".bytes().collect::<Vec<u8>>());
    let w: String = "hello world".split(' ').map(|w| w.chars().rev().collect::<String>()).collect::<Vec<String>>().join(" ");
    println!("{}", w);
    println!("{} {:?} {}", 'a'.is_alphabetic(), '7'.to_digit(10), 'z'.to_ascii_uppercase());
    println!("{}", "hello".chars().count());
    let up: String = "abc".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} {}", up, 'q'.to_uppercase());
    println!("{:?}", "a1b2".chars().filter(|c| c.is_ascii_digit()).collect::<String>());
    println!("{:?}", "AbC".split(|c: char| c.is_uppercase()).collect::<Vec<_>>());
    let p: Result<i32, _> = "12a".parse::<i32>();
    println!("{:?}", p);
    println!("{:?}", "hi there you".split_whitespace().rev().collect::<Vec<_>>());
}
