// Checks: Entry API: or_insert_with, and_modify().or_insert, or_insert returning &mut, and Vec values grouped by key.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, Vec<u32>> = HashMap::new();
    let data = [("fruit", 1), ("veg", 2), ("fruit", 3), ("nut", 4), ("veg", 5), ("fruit", 6)];
    for (k, v) in data {
        m.entry(k).or_insert_with(Vec::new).push(v);
    }
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    for k in &keys {
        println!("{} -> {:?}", k, m[k]);
    }
    let mut counter: HashMap<String, i32> = HashMap::new();
    for w in ["a", "b", "a", "a", "c"] {
        counter.entry(w.to_string()).and_modify(|c| *c += 10).or_insert(1);
    }
    let mut cv: Vec<_> = counter.iter().collect();
    cv.sort();
    println!("{:?}", cv);
    let mut lens: HashMap<usize, String> = HashMap::new();
    for w in ["hi", "yo", "hey"] {
        let e = lens.entry(w.len()).or_insert_with(String::new);
        e.push_str(w);
    }
    let mut lv: Vec<_> = lens.into_iter().collect();
    lv.sort();
    println!("{:?}", lv);
}
