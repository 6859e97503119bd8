// Checks: match on integer literals, inclusive ranges, | alternatives and the _ wildcard.
fn classify(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        10..=99 => "two digits",
        -9..=-1 => "negative digit",
        i32::MIN..=-10 => "very negative",
        _ => "big",
    }
}

fn grade(c: char) -> u8 {
    match c {
        'a'..='j' => 1,
        'k'..='z' => 2,
        'A'..='Z' => 3,
        '0'..='9' => 4,
        _ => 0,
    }
}

fn main() {
    for n in [0, 2, 3, 7, 42, 100, -5, -10, -2147483648] {
        println!("{} is {}", n, classify(n));
    }
    for c in ['b', 'q', 'Q', '5', '!'] {
        println!("{} -> {}", c, grade(c));
    }
    let b = true;
    let s = match b {
        true => "yes",
        false => "no",
    };
    println!("{}", s);
}
