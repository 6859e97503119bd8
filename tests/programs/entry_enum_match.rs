// Checks: the `Entry` API as std's enums: matching `hash_map::Entry` and `btree_map::Entry`,
// OccupiedEntry's key/get/get_mut/insert/into_mut/remove/remove_entry and VacantEntry's
// key/insert/into_key; the key an occupied lookup was made with is dropped by `entry` itself;
// the entries' sizes are std's.
use std::collections::btree_map;
use std::collections::hash_map::{Entry, HashMap};
use std::collections::BTreeMap;

#[derive(Hash, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Key(u32);

impl Drop for Key {
    fn drop(&mut self) {
        println!("drop Key({})", self.0);
    }
}

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        match counts.entry(word.to_string()) {
            Entry::Occupied(mut o) => {
                *o.get_mut() += 1;
            }
            Entry::Vacant(v) => {
                v.insert(1);
            }
        }
    }
    counts
}

fn main() {
    let counts = count_words("the cat the dog the end");
    let mut sorted: Vec<_> = counts.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let mut m: HashMap<Key, String> = HashMap::new();
    m.insert(Key(1), String::from("one"));
    println!("looking up");
    let e = m.entry(Key(1));
    println!("got the entry");
    match e {
        Entry::Occupied(mut o) => {
            println!("occupied {:?} {}", o.key(), o.get());
            let old = o.insert(String::from("uno"));
            println!("replaced {} with {}", old, o.get());
            o.into_mut().push_str("!");
        }
        Entry::Vacant(_) => println!("vacant"),
    }
    match m.entry(Key(2)) {
        Entry::Occupied(_) => println!("occupied"),
        Entry::Vacant(v) => {
            println!("vacant {:?}", v.key());
            let value = v.insert(String::from("two"));
            value.push('?');
        }
    }
    if let Entry::Vacant(v) = m.entry(Key(3)) {
        let key = v.into_key();
        println!("gave back {:?}", key);
    }
    if let Entry::Occupied(o) = m.entry(Key(1)) {
        let (k, v) = o.remove_entry();
        println!("removed {:?} {}", k, v);
    }
    println!("{} left: {:?}", m.len(), m.get(&Key(2)));
    println!("{}", m.entry(Key(2)).key().0);

    let mut groups: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for i in 0..20 {
        match groups.entry(i % 3) {
            btree_map::Entry::Vacant(v) => {
                v.insert(vec![i]);
            }
            btree_map::Entry::Occupied(o) => o.into_mut().push(i),
        }
    }
    println!("{:?}", groups);
    match groups.entry(1) {
        btree_map::Entry::Occupied(o) => println!("removed {:?}", o.remove()),
        btree_map::Entry::Vacant(_) => println!("vacant"),
    }
    let mut b: BTreeMap<Key, i32> = BTreeMap::new();
    for i in 0..15 {
        b.insert(Key(i), i as i32);
    }
    match b.entry(Key(7)) {
        btree_map::Entry::Occupied(mut o) => {
            println!("occupied {:?} {}", o.key(), o.get());
            *o.get_mut() *= 10;
            println!("now {}", o.insert(-1));
        }
        btree_map::Entry::Vacant(v) => println!("vacant {:?}", v.key()),
    }
    if let btree_map::Entry::Occupied(o) = b.entry(Key(3)) {
        let (k, v) = o.remove_entry();
        println!("removed {:?} {}", k, v);
    }
    println!("{:?}", b.keys().map(|k| k.0).collect::<Vec<_>>());
    *b.entry(Key(40)).or_insert_with_key(|k| k.0 as i32) += 1;
    b.entry(Key(7)).and_modify(|v| *v -= 1).or_default();
    println!("{:?} {:?}", b.get(&Key(40)), b.get(&Key(7)));
    println!(
        "sizes {} {} {} {} {} {}",
        std::mem::size_of::<Entry<Key, i32>>(),
        std::mem::size_of::<std::collections::hash_map::OccupiedEntry<Key, i32>>(),
        std::mem::size_of::<std::collections::hash_map::VacantEntry<Key, i32>>(),
        std::mem::size_of::<btree_map::Entry<Key, i32>>(),
        std::mem::size_of::<btree_map::OccupiedEntry<Key, i32>>(),
        std::mem::size_of::<btree_map::VacantEntry<Key, i32>>(),
    );
    println!("end");
}
