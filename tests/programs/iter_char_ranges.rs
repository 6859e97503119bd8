// Checks: ranges of char as iterators (core's Step for char): collect into a String, rev,
// step_by, empty ranges, len across the surrogate gap (0xD800..0xE000 is skipped), for loops.
fn main() {
    println!("{}", ('a'..='e').collect::<String>());
    let back: String = ('a'..'f').rev().collect();
    println!("{} {:?}", back, ('a'..'f').size_hint());
    let every_other: Vec<char> = ('A'..='J').step_by(3).collect();
    println!("{:?}", every_other);
    println!("{:?} {:?}", ('x'..'a').next(), ('x'..='a').count());
    let gap: Vec<u32> = ('\u{D7FE}'..='\u{E001}').map(|c| c as u32).collect();
    println!("{:x?} {}", gap, ('\u{D7FF}'..'\u{E000}').count());
    println!("{:?}", ('\u{D7FF}'..='\u{E000}').size_hint());
    for c in 'x'..='z' {
        print!("{}{} ", c, c.to_ascii_uppercase());
    }
    println!();
    let greek: String = ('α'..='ε').collect();
    println!("{} {}", greek, greek.len());
    let mut r = 'a'..='c';
    println!("{:?} {:?} {:?} {:?} {}", r.next_back(), r.next(), r.next(), r.next(), r.is_empty());
}
