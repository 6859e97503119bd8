// Checks: BTreeMap and BTreeSet equality (built in different orders and ways), Default, Extend,
// From arrays with repeated keys (the last value wins, as std's dedup keeps it), collect of
// more than 20 pairs (std's stable sort takes a scratch buffer), and the set's first/last,
// pop, take, get, retain and range.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let a: BTreeMap<i32, i32> = (0..30).map(|i| (i, i)).collect();
    let mut b = BTreeMap::new();
    for i in (0..30).rev() {
        b.insert(i, i);
    }
    println!("{}", a == b);
    b.insert(7, 70);
    println!("{} {}", a == b, a != b);
    let mut d: BTreeMap<i32, i32> = BTreeMap::default();
    d.extend(a.iter().map(|(k, v)| (*k * 2, *v)));
    d.extend([(1, 1), (3, 3)]);
    println!("{} {:?}", d.len(), d.range(..6).collect::<Vec<_>>());
    let f = BTreeMap::from([(3, "c"), (1, "a"), (3, "cc"), (2, "b"), (1, "aa")]);
    println!("{:?}", f);
    let g: BTreeMap<String, usize> = (0..40).map(|i| (format!("w{}", (i * 17) % 23), i)).collect();
    println!("{} {:?} {:?}", g.len(), g.first_key_value(), g.get("w5"));
    let keys: Vec<String> = g.into_keys().take(3).collect();
    println!("{:?}", keys);

    let mut s: BTreeSet<u64> = (1..=60).map(|i| (i * i) % 97).collect();
    let t: BTreeSet<u64> = s.iter().rev().cloned().collect();
    println!("{} {} {}", s.len(), s == t, s == BTreeSet::new());
    println!("{:?} {:?} {:?}", s.first(), s.last(), s.get(&4));
    println!("{:?} {:?} {:?}", s.pop_first(), s.pop_last(), s.take(&9));
    s.retain(|x| x % 3 != 0);
    println!("{:?}", s.range(10..40).collect::<Vec<_>>());
    println!("{:?}", s);
    let mut e = BTreeSet::default();
    e.extend(vec!['z', 'a', 'm', 'a']);
    println!("{:?} {}", e, e.contains(&'m'));
}
