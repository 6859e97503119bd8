// std's Pattern impls: chars in a slice, an array or a reference to an array, closures, and
// &str for trim_start_matches/trim_end_matches; trim_matches takes the char-like ones.
fn main() {
    let s = "((hello))";
    println!("{}", s.trim_matches(&['(', ')'][..]));
    println!("{}", s.trim_matches(['(', ')']));
    println!("{}", s.trim_matches(&['(', ')']));
    println!("{}", s.trim_matches('('));
    println!("{}", s.trim_matches(|c: char| c == '(' || c == ')'));
    let t = "a b,c";
    let parts: Vec<&str> = t.split(&[' ', ','][..]).collect();
    println!("{:?}", parts);
    let parts2: Vec<&str> = t.split([' ', ',']).collect();
    println!("{:?}", parts2);
    let arr = [' ', ','];
    let parts3: Vec<&str> = t.split(&arr).collect();
    println!("{:?}", parts3);
    println!("{}", s.trim_start_matches(|c: char| c == '('));
    println!("{:?}", t.find(&[',', 'b']));
    println!("{:?} {:?}", t.rfind([' ', 'a']), t.contains(['z']));
    println!("{}", "xxabxx".trim_start_matches("xx"));
    println!("{}", "xxabxxx".trim_end_matches("xx"));
    println!("{}", "abab".trim_start_matches("ab"));
    println!("{}", "  a1b2  ".trim_end_matches(char::is_whitespace));
    println!("{:?}", "a-b_c".split_once(['-', '_']));
    println!("{}", "a-b_c".replace(['-', '_'], "+"));
    println!("{}", "1,2;3".starts_with(['1', '2']));
    println!("{:?}", "x".strip_prefix(&['x'][..]));
    let seps: &[char] = &[';', ','];
    println!("{:?}", "1,2;3".split(seps).collect::<Vec<_>>());
    println!("{:?}", "1,2;3".splitn(2, [';', ',']).collect::<Vec<_>>());
}
