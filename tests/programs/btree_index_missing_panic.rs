// Checks: indexing a BTreeMap with a missing key panics with std's message at the program's
// index expression; the map's nodes and String values are freed while unwinding.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..20 {
        m.insert(i, format!("#{}", i));
    }
    println!("{}", m[&3]);
    println!("{}", m[&30]);
}
