// Checks: BTreeMap and BTreeSet give sorted deterministic iteration; range queries, first/last and Debug output.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    for (i, w) in ["pear", "apple", "fig", "kiwi", "date"].iter().enumerate() {
        m.insert(*w, i * 10);
    }
    println!("{:?}", m);
    for (k, v) in &m {
        println!("{} = {}", k, v);
    }
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    let mid: Vec<_> = m.range("b".."g").collect();
    println!("{:?}", mid);
    m.remove("fig");
    *m.get_mut("kiwi").unwrap() += 1;
    println!("{:?}", m);
    let s: BTreeSet<i32> = [5, 1, 9, 1, 3, 5].into_iter().collect();
    println!("{:?} len {}", s, s.len());
    let other: BTreeSet<i32> = (3..7).collect();
    println!("{:?}", s.intersection(&other).collect::<Vec<_>>());
    println!("{:?}", s.union(&other).cloned().collect::<Vec<_>>());
    println!("{:#?}", m);
}
