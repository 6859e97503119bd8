// Checks: BTreeMap as std's B-tree: 300 inserts in a scrambled order grow it three levels deep
// (leaf splits at every split point, internal splits, new roots), lookups, replaced values,
// iteration both ways, first/last, and the heap blocks of every node freed when it drops.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<u32, u64> = BTreeMap::new();
    for i in 0..300u32 {
        let k = (i * 167) % 307;
        m.insert(k, u64::from(k) * 3);
    }
    println!("len {}", m.len());
    println!("{:?} {:?} {:?}", m.get(&0u32), m.get(&306u32), m.get(&5u32));
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("replaced {:?}", m.insert(167u32, 1));
    println!("{:?}", m.iter().take(12).collect::<Vec<_>>());
    println!("{:?}", m.iter().rev().take(5).collect::<Vec<_>>());
    let sum: u64 = m.values().sum();
    println!("sum {}", sum);
    let mut keys = m.keys();
    println!("{:?} {:?} {}", keys.next(), keys.next_back(), keys.len());
    for v in m.values_mut() {
        *v += 1;
    }
    println!("{:?}", m.get(&100u32));

    // Ascending and descending runs split nodes at their ends.
    let mut up = BTreeMap::new();
    for i in 0..100 {
        up.insert(i, i * i);
    }
    let mut down = BTreeMap::new();
    for i in (0..100).rev() {
        down.insert(format!("k{:03}", i), i);
    }
    println!("{} {} {:?} {:?}", up.len(), down.len(), down.first_key_value(), up.get(&99));
    println!("{}", down.contains_key("k050"));
    let small: BTreeMap<char, bool> = "hello world".chars().map(|c| (c, c.is_alphabetic())).collect();
    println!("{:?}", small);
    println!("{:#?}", small.iter().next());
}
