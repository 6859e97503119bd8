// Checks: String::from_utf8_lossy borrowing valid input and replacing each invalid sequence
// (a lone byte, a truncated sequence, an overlong form, a cut-off end) with U+FFFD; Cow's
// Deref, Display, Debug, ==, into_owned, to_mut and clone; a Cow of a slice.
use std::borrow::Cow;

fn kind(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn describe(c: &Cow<str>) -> String {
    format!("{:?} ({} bytes, {})", c, c.len(), kind(c))
}

fn main() {
    let inputs: [&[u8]; 6] = [b"plain", b"", &[0x48, 0xff, 0x69], &[0xe2, 0x82, 0x41], &[0xc0, 0xaf, 0x21], &[0x6f, 0x6b, 0xf0, 0x9f, 0x98]];
    for bytes in inputs {
        let text = String::from_utf8_lossy(bytes);
        println!("{}", describe(&text));
    }
    let mixed = String::from_utf8_lossy(&[0x61, 0xff, 0xfe, 0x62, 0xce, 0xbb]);
    println!("{} {} {}", mixed, mixed == "a\u{FFFD}\u{FFFD}bλ", mixed.chars().count());
    let owned: String = mixed.clone().into_owned();
    println!("{} cap {}", owned, owned.capacity());
    let mut text = String::from_utf8_lossy(b"cow");
    text.to_mut().push_str("bell");
    println!("{} {}", describe(&text), text.to_uppercase());
    let again = text.clone();
    println!("{} {}", again == text, again.into_owned());
    let numbers = [3, 1, 2];
    let mut view: Cow<[i32]> = Cow::Borrowed(&numbers);
    println!("{:?} {}", view, matches!(view, Cow::Borrowed(_)));
    view.to_mut().sort();
    println!("{:?} {:?} {}", view, numbers, matches!(view, Cow::Owned(_)));
}
