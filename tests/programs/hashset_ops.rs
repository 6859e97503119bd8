// Checks: HashSet insert/contains/remove/take/get, union, intersection, difference and symmetric_difference collected and sorted (their size hints size the Vec), subset/superset/disjoint, extend, collect with duplicates, retain, small elements (u8: 16 buckets at least; a 3-byte tuple: 8 buckets and padding before the control bytes).
use std::collections::HashSet;

fn sorted<'a>(it: impl Iterator<Item = &'a i32>) -> Vec<i32> {
    let mut v: Vec<i32> = it.copied().collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4, 5, 3, 1].into_iter().collect();
    let mut b = HashSet::new();
    for x in [4, 5, 6, 7] {
        println!("insert {}: {}", x, b.insert(x));
    }
    println!("insert 4 again: {}", b.insert(4));
    println!("len {} {} cap {}", a.len(), b.len(), a.capacity());
    println!("union {:?}", sorted(a.union(&b)));
    println!("intersection {:?}", sorted(a.intersection(&b)));
    println!("difference {:?}", sorted(a.difference(&b)));
    println!("symmetric {:?}", sorted(a.symmetric_difference(&b)));
    let small: HashSet<i32> = [4, 5].into_iter().collect();
    println!("{} {} {}", small.is_subset(&a), a.is_superset(&small), a.is_disjoint(&b));
    let mut c = a.clone();
    c.extend(vec![10, 11, 12]);
    c.retain(|x| x % 2 == 0);
    println!("retained {:?}", sorted(c.iter()));
    println!("remove 2: {} remove 3: {} contains 4: {}", c.remove(&2), c.remove(&3), c.contains(&4));

    let mut bytes: HashSet<u8> = HashSet::new();
    bytes.insert(b'x');
    println!("u8 set cap {}", bytes.capacity());
    let mut triples: HashSet<(u8, u8, u8)> = HashSet::new();
    triples.insert((1, 2, 3));
    triples.insert((1, 2, 3));
    println!("triples len {} cap {} {}", triples.len(), triples.capacity(), triples.contains(&(1, 2, 3)));

    let mut names: HashSet<String> = HashSet::new();
    names.insert(String::from("ferris"));
    println!("{:?} {:?}", names.get("ferris"), names.get("crab"));
    let taken = names.take("ferris");
    println!("{:?} {}", taken, names.len());
    let letters: HashSet<char> = "mississippi".chars().collect();
    let mut v: Vec<char> = letters.into_iter().collect();
    v.sort();
    println!("{:?}", v);
}
