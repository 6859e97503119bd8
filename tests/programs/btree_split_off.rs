// Checks: `BTreeMap::split_off` and `BTreeSet::split_off` as alloc's split.rs does them: a
// pillar of new nodes as high as the tree, each level's suffix moved across, both borders
// fixed (merged or stocked up); on one leaf, on trees two and three levels high, at a key
// present or not, before the first key and past the last, on an empty map.
use std::collections::{BTreeMap, BTreeSet};

fn check(m: &BTreeMap<u32, String>) -> usize {
    let mut prev = None;
    for (k, v) in m {
        assert_eq!(v, &format!("v{}", k));
        if let Some(p) = prev {
            assert!(p < *k);
        }
        prev = Some(*k);
    }
    m.len()
}

fn map(n: u32) -> BTreeMap<u32, String> {
    (0..n).map(|i| (i * 2, format!("v{}", i * 2))).collect()
}

fn main() {
    let mut small = map(6);
    let right = small.split_off(&5);
    println!("{:?}", small.keys().collect::<Vec<_>>());
    println!("{:?}", right.keys().collect::<Vec<_>>());

    for (n, at) in [(40, 37), (40, 0), (40, 200), (40, 2), (40, 76), (150, 151), (150, 10), (150, 290), (400, 333), (400, 401)] {
        let mut left = map(n);
        let right = left.split_off(&at);
        println!("{} at {}: {} + {}", n, at, check(&left), check(&right));
        println!("  {:?} {:?}", left.last_key_value().map(|(k, _)| *k), right.first_key_value().map(|(k, _)| *k));
    }

    let mut left = map(100);
    let mut right = left.split_off(&101);
    left.insert(1, String::from("v1"));
    right.insert(1000, String::from("v1000"));
    right.remove(&102);
    println!("{} {}", check(&left), check(&right));
    left.append(&mut right);
    println!("{} {}", check(&left), right.len());

    let mut empty: BTreeMap<u32, String> = BTreeMap::new();
    let none = empty.split_off(&3);
    println!("{} {}", empty.len(), none.len());

    let mut set: BTreeSet<String> = (0..30).map(|i| format!("{:02}", i)).collect();
    let upper = set.split_off("17");
    println!("{} {:?}", set.len(), set.iter().next_back());
    println!("{} {:?}", upper.len(), upper.iter().next());
    let mut words: BTreeSet<&str> = ["pear", "apple", "fig", "kiwi"].into_iter().collect();
    let later = words.split_off(&"g");
    println!("{:?} {:?}", words, later);
}
