// Checks: HashMap remove and reinsert in a table of 16 buckets (a freed bucket is EMPTY again, so reinserting needs no growth), remove_entry, retain, get after reinsert, a removed entry's String and Vec freed by the caller, into_iter into a sorted Vec.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u64, u32> = HashMap::new();
    for i in 0..14u64 {
        m.insert(i * 7, i as u32);
    }
    println!("full: len {} cap {}", m.len(), m.capacity());
    for i in 0..4u64 {
        println!("remove {}: {:?}", i * 7, m.remove(&(i * 7)));
    }
    println!("remove again: {:?}", m.remove(&0u64));
    println!("after removes: len {} cap {}", m.len(), m.capacity());
    for i in 100..104u64 {
        m.insert(i, 1);
    }
    println!("reinserted: len {} cap {} get(101) {:?} get(7) {:?}", m.len(), m.capacity(), m.get(&101u64), m.get(&7u64));
    m.insert(7, 70);
    println!("one more: len {} cap {}", m.len(), m.capacity());
    println!("remove_entry: {:?}", m.remove_entry(&100u64));
    m.retain(|k, v| {
        *v += 1;
        k % 2 == 0
    });
    let mut rest: Vec<(u64, u32)> = m.into_iter().collect();
    rest.sort();
    println!("{:?}", rest);

    let mut owned: HashMap<String, Vec<u32>> = HashMap::new();
    owned.insert(String::from("primes"), vec![2, 3, 5, 7]);
    owned.insert(String::from("primes"), vec![11]);
    let (k, v) = owned.remove_entry("primes").unwrap();
    println!("{} {:?} {}", k, v, owned.is_empty());
    drop(v);
    owned.insert(k, vec![13, 17]);
    println!("{:?}", owned);
}
