// A map's key literals take the type a later `range` bound fixes (`T: Borrow<K>` in std).
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    m.insert(3, 'a');
    m.insert(7, 'b');
    m.insert(-2, 'c');
    for (k, v) in m.range(5..i64::MAX) {
        println!("{} {}", k, v);
    }
    println!("{:?}", m.range(..0i64).next());
    let mut t = BTreeSet::new();
    t.insert(10);
    t.insert(20);
    println!("{:?}", t.range(15u8..).collect::<Vec<_>>());
}
