// Lookups by `&str` do not decide a map's key type (`String: Borrow<str>` and `str: Borrow<str>`
// both apply); `entry("kiwi")` does: the keys are `&str`.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.remove("fig");
    *m.entry("kiwi").or_insert(0) += 1;
    let mid: Vec<_> = m.range("b".."g").collect();
    println!("{:?}", mid);
}
