// Checks: BTreeMap::range and BTreeSet::range with every kind of range, bounds between and
// beyond the keys, (Bound, Bound) pairs, reverse iteration, &str keys, and an empty map.
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

fn main() {
    let mut m = BTreeMap::new();
    for k in [10, 20, 30, 40, 50] {
        m.insert(k, k / 10);
    }
    println!("{:?}", m.range(20..40).collect::<Vec<_>>());
    println!("{:?}", m.range(15..=40).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", m.range(..=30).collect::<Vec<_>>());
    println!("{:?}", m.range(35..).collect::<Vec<_>>());
    println!("{:?} {:?}", m.range(0..).count(), m.range(21..29).next());
    println!("{:?}", m.range(60..70).collect::<Vec<_>>());
    println!("{:?}", m.range((Bound::Excluded(20), Bound::Included(50))).rev().collect::<Vec<_>>());
    let mut r = m.range(10..=50);
    println!("{:?} {:?} {:?}", r.next(), r.next_back(), r.size_hint());

    let mut words = BTreeMap::new();
    for w in ["pear", "apple", "fig", "kiwi", "date", "banana"] {
        words.insert(w, w.len());
    }
    let mid: Vec<_> = words.range("b".."g").collect();
    println!("{:?}", mid);
    println!("{:?}", words.range("kiwi"..).map(|(w, _)| *w).collect::<Vec<_>>());

    let set: BTreeSet<char> = "stackheap".chars().collect();
    println!("{:?}", set.range('b'..'l').collect::<String>());
    println!("{:?}", set.range(..='e').rev().collect::<Vec<_>>());

    let empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:?}", empty.range(1..5).next());
}
