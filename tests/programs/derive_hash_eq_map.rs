// Checks: derive(Hash, Eq, PartialEq) user types as HashMap/HashSet keys, printed in sorted order.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Fruit {
    Apple,
    Pear,
    Plum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos(i32, i32);

fn main() {
    let basket = [Fruit::Apple, Fruit::Plum, Fruit::Apple, Fruit::Pear, Fruit::Apple, Fruit::Plum];
    let mut counts: HashMap<Fruit, u32> = HashMap::new();
    for f in basket.iter() {
        *counts.entry(f.clone()).or_insert(0) += 1;
    }
    let mut keys: Vec<&Fruit> = counts.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:?}: {}", k, counts[k]);
    }
    let mut seen = HashSet::new();
    let path = [Pos(0, 0), Pos(0, 1), Pos(1, 1), Pos(0, 1), Pos(0, 0)];
    for p in path {
        let fresh = seen.insert(p);
        println!("{:?} new={}", p, fresh);
    }
    let mut v: Vec<_> = seen.into_iter().collect();
    v.sort();
    println!("{:?}", v);
}
