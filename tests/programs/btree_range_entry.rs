// Checks: BTreeMap range queries over a tree of several levels (every bound kind, bounds on
// internal keys, empty ranges, both directions, range_mut) and the entry API (or_insert,
// and_modify, or_default, or_insert_with, key) counting words into new nodes.
use std::collections::BTreeMap;
use std::ops::Bound;

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..150 {
        m.insert(i * 2, i);
    }
    println!("{:?}", m.range(10..20).collect::<Vec<_>>());
    println!("{:?}", m.range(11..=21).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", m.range(..7).collect::<Vec<_>>());
    println!("{:?}", m.range(290..).collect::<Vec<_>>());
    println!("{}", m.range(21..23).count());
    println!("{:?}", m.range(1000..).next());
    println!("{:?}", m.range((Bound::Excluded(100), Bound::Included(110))).rev().collect::<Vec<_>>());
    let mut r = m.range(40..=80);
    println!("{:?} {:?} {}", r.next(), r.next_back(), r.count());
    for (_, v) in m.range_mut(0..10) {
        *v *= 100;
    }
    println!("{:?}", m.range(..=10).collect::<Vec<_>>());
    let total: i32 = m.range(50..250).map(|(_, v)| *v).sum();
    println!("{}", total);

    let text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs \
                away from the quick fox while a cat watches the dog and the fox from a tree";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let mut lens: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in text.split_whitespace() {
        lens.entry(w.len()).or_default().push(w);
    }
    for (n, ws) in &lens {
        println!("{} {}", n, ws.len());
    }
    let mut scores: BTreeMap<String, i32> = BTreeMap::new();
    for (i, name) in ["ann", "bob", "cy", "ann", "dee", "bob", "ann"].iter().enumerate() {
        scores
            .entry(name.to_string())
            .and_modify(|s| *s += i as i32)
            .or_insert_with(|| 100);
    }
    println!("{:?}", scores);
    let e = scores.entry(String::from("zed"));
    println!("{}", e.key());
    let v = e.or_insert_with_key(|k| k.len() as i32);
    println!("{}", v);
}
