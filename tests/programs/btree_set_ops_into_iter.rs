// Checks: BTreeSet built by collect (sorted, deduplicated, bulk-built as std does) and by insert;
// union, intersection, difference and symmetric_difference (lazy, each with std's size_hint, so
// the collected Vecs allocate as std's do) for sets of close and very different sizes; subset
// tests; into_iter consumed partly from both ends then dropped, freeing the nodes left; append.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let a: BTreeSet<u32> = (0..120).map(|i| (i * 7) % 130).collect();
    let b: BTreeSet<u32> = (0..90).map(|i| i * 2).collect();
    let tiny: BTreeSet<u32> = [4, 9, 14, 500].into_iter().collect();
    println!("{} {} {}", a.len(), b.len(), tiny.len());
    let u: Vec<&u32> = a.union(&b).collect();
    let i: Vec<&u32> = a.intersection(&b).collect();
    let d: Vec<&u32> = a.difference(&b).collect();
    let s: Vec<&u32> = a.symmetric_difference(&b).collect();
    println!("{} {} {} {}", u.len(), i.len(), d.len(), s.len());
    println!("{:?}", &i[..10]);
    println!("{:?}", tiny.intersection(&a).collect::<Vec<_>>());
    println!("{:?}", a.intersection(&tiny).collect::<Vec<_>>());
    println!("{:?}", tiny.difference(&a).collect::<Vec<_>>());
    println!("{:?}", tiny.union(&tiny).cloned().collect::<Vec<u32>>());
    println!("{} {} {}", tiny.is_subset(&a), a.is_superset(&b), tiny.is_disjoint(&b));
    let sub: BTreeSet<u32> = b.iter().filter(|x| **x < 40).cloned().collect();
    println!("{} {}", sub.is_subset(&b), b.is_subset(&sub));
    println!("{:?} {:?}", a.first(), b.last());

    let mut words = BTreeSet::new();
    for w in "one two three four five six seven eight nine ten eleven twelve thirteen".split(' ') {
        words.insert(w.to_string());
    }
    println!("{:?}", words);
    println!("{} {}", words.contains("six"), words.remove("six"));
    let mut it = words.into_iter();
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{:?}", it.next());
    drop(it);

    let mut m = BTreeMap::new();
    for i in 0..100 {
        m.insert(i, format!("n{}", i));
    }
    let mut it = m.into_iter();
    for _ in 0..30 {
        it.next();
    }
    println!("{:?} {}", it.next_back(), it.len());
    drop(it);

    let mut left: BTreeMap<i32, i32> = (0..40).map(|i| (i * 3, i)).collect();
    let mut right: BTreeMap<i32, i32> = (0..30).map(|i| (i * 4, -i)).collect();
    left.append(&mut right);
    println!("{} {} {:?}", left.len(), right.len(), left.range(10..=13).collect::<Vec<_>>());
    let mut sa: BTreeSet<i32> = BTreeSet::from([5, 1, 3]);
    let mut sb = BTreeSet::from([2, 3, 4]);
    sa.append(&mut sb);
    println!("{:?} {:?}", sa, sb);
    let copy = left.clone();
    println!("{} {:?}", copy.len(), copy.last_key_value());
    let vals: Vec<i32> = copy.into_values().collect();
    println!("{}", vals.len());
}
