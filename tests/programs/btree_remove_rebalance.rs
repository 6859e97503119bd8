// Checks: removals from a BTreeMap of several levels steal from siblings and merge nodes (freeing
// the right one), the root shrinks a level at a time, down to an empty map; pop_first/pop_last,
// remove_entry and retain rebalance the same way.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..200 {
        m.insert((i * 71) % 200, format!("v{}", i));
    }
    let mut removed = 0;
    for i in 0..200 {
        let k = (i * 13) % 200;
        if i % 3 != 0 {
            if m.remove(&k).is_some() {
                removed += 1;
            }
        }
    }
    println!("removed {} left {}", removed, m.len());
    println!("{:?}", m.iter().take(8).collect::<Vec<_>>());
    println!("{:?}", m.remove(&1000));
    println!("{:?}", m.remove_entry(&39));
    while m.len() > 20 {
        let first = m.pop_first();
        let last = m.pop_last();
        if m.len() % 10 == 0 {
            println!("{:?} {:?} {}", first, last, m.len());
        }
    }
    m.retain(|k, _| k % 2 == 0);
    println!("{:?}", m);
    let keys: Vec<i32> = m.keys().cloned().collect();
    for k in keys {
        m.remove(&k);
    }
    println!("empty {} {:?}", m.is_empty(), m.first_key_value());
    m.insert(7, String::from("again"));
    println!("{:?}", m);

    let mut big: BTreeMap<u16, u16> = (0..500).map(|i| (i, i)).collect();
    big.retain(|k, v| {
        *v += 1;
        k % 7 == 3
    });
    println!("{} {:?}", big.len(), big.iter().nth(10));
    big.clear();
    println!("{} {:?}", big.len(), big.get(&3u16));
    for i in (0..60).rev() {
        big.insert(i, i);
    }
    for i in 0..60u16 {
        big.remove(&i);
    }
    println!("{}", big.len());
}
