// Checks: HashMap growth as hashbrown's: 4, 8, 16 buckets then cap * 8 / 7 rounded to a power of two, a new table at each full one (the old freed after), reserve, with_capacity, shrink_to_fit and shrink_to, clear and drain keeping the table, insert of a present key growing a full table; capacities do not depend on the hash.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u64> = HashMap::new();
    println!("new: len {} cap {}", m.len(), m.capacity());
    let mut last = m.capacity();
    for i in 0..120u32 {
        m.insert(i, (i as u64) * 3);
        if m.capacity() != last {
            println!("after {} inserts: cap {}", m.len(), m.capacity());
            last = m.capacity();
        }
    }
    let sum: u64 = m.values().sum();
    println!("sum {} get(77) {:?} get(500) {:?}", sum, m.get(&77u32), m.get(&500u32));
    println!("overwrite 5: {:?}", m.insert(5, 0));
    for i in 10..120u32 {
        m.remove(&i);
    }
    println!("after removes: len {}", m.len());
    m.shrink_to_fit();
    println!("shrink_to_fit: len {} cap {} get(5) {:?}", m.len(), m.capacity(), m.get(&5u32));
    m.shrink_to(40);
    println!("shrink_to(40): cap {}", m.capacity());

    let mut w: HashMap<u8, [u8; 3]> = HashMap::with_capacity(10);
    println!("with_capacity(10): cap {}", w.capacity());
    w.reserve(30);
    println!("reserve(30): cap {}", w.capacity());
    for i in 0..20u8 {
        w.insert(i, [i, i + 1, i + 2]);
    }
    w.clear();
    println!("clear: len {} cap {}", w.len(), w.capacity());
    for i in 0..5u8 {
        w.insert(i, [i; 3]);
    }
    let drained: u32 = w.drain().map(|(k, v)| k as u32 + v[2] as u32).sum();
    println!("drain: sum {} len {} cap {}", drained, w.len(), w.capacity());
    w.shrink_to(3);
    println!("shrink_to(3): cap {}", w.capacity());
    w.shrink_to_fit();
    println!("shrink_to_fit: cap {}", w.capacity());
    let empty: HashMap<u8, u8> = HashMap::with_capacity(0);
    println!("with_capacity(0): cap {}", empty.capacity());

    let mut f: HashMap<u16, u16> = (0..3).map(|i| (i, i * 10)).collect();
    println!("collected: len {} cap {}", f.len(), f.capacity());
    println!("{:?}", f.insert(1, 9));
    println!("present key, full table: len {} cap {}", f.len(), f.capacity());
}
