// Lookups by `&str` do not decide a map's key type (`String: Borrow<str>` and `str: Borrow<str>`
// both apply): nothing else fixing it, the map's type needs annotations.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.remove("fig");
    *m.get_mut("kiwi").unwrap() += 1;
    let mid: Vec<_> = m.range("b".."g").collect();
    println!("{:?}", mid);
}
