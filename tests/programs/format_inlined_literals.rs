// Checks: rustc inlines a literal argument of a plain `{}` (a string, an integer that fits its
// type) into the format string, so `format!`'s capacity estimate counts its text; other
// literals (chars, bools, floats, bytes, negative numbers, formatted with a spec or with `{:?}`)
// stay arguments.
fn cap(label: &str, s: String) {
    println!("{label}: {s:?} len {} cap {}", s.len(), s.capacity());
}

fn three() -> i32 {
    3
}

fn main() {
    cap("two literals", format!("{} {}", "a", 5));
    cap("only a literal", format!("{}", "only"));
    cap("repeated", format!("{0} {0}", "rep"));
    cap("named", format!("{x}!", x = "named"));
    cap("parenthesised and borrowed", format!("{}{}", ("par"), &&55));
    cap("suffixed in range", format!("{} {}", 255u8, 2147483648i64));
    cap("braces in the literal", format!("{}", "br{ace}"));
    cap("literal then a call", format!("{}{}", "x", three()));
    cap("call then a literal", format!("{} {}", three(), "lit"));
    cap("char", format!("{}", 'c'));
    cap("bool", format!("{}", true));
    cap("float", format!("{}", 1.5));
    cap("byte", format!("{}", b'a'));
    cap("negative", format!("{}", -5));
    cap("debug", format!("{:?}", "dbg"));
    cap("width", format!("{:5}", "w"));
    cap("hex", format!("{}", 0x1f));
    cap("mixed", format!("{0} {0:?} {1}", "m", 'q'));
    let long = format!("{} and {} and {}", "a rather long literal", 12345, three());
    cap("long", long);
    let mut s = String::new();
    for i in 0..3 {
        s.push_str(&format!("{}{}", i, "-"));
    }
    cap("loop", s);
    println!("{} {}", "println", 7);
}
