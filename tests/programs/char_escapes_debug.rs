// Checks: Debug formatting of chars and strings with escapes (quotes, backslash, tab, newline, unicode).
fn main() {
    let cs = ['\'', '"', '\\', '\t', '\n', '\r', '\0', 'a', '\u{7f}', '\u{e9}', '\u{200b}'];
    for c in cs {
        print!("{:?} ", c);
    }
    println!();
    let s = "tab\there \"quoted\" back\\slash 'single' nul\0 é";
    println!("{}", s);
    println!("{:?}", s);
    println!("{:?}", String::from("line1\nline2"));
    println!("{:?}", vec!["a'b", "c\"d"]);
    let raw = r"C:\path\n";
    println!("{} {:?}", raw, raw);
    let raw2 = r#"say "hi""#;
    println!("{} {:?}", raw2, raw2);
    println!("{:?}", b'A');
    println!("{:?}", "\u{1F600}");
    println!("{}", "\x41\x42");
}
