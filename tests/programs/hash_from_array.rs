// Checks: `HashMap::from([(k, v), ...])` and `HashSet::from([...])` (std's `from_iter` of the
// array: one table sized for all the entries), an empty array, and repeated keys (the last
// value wins).
use std::collections::{HashMap, HashSet};

fn main() {
    let scores = HashMap::from([("blue", 10), ("yellow", 50), ("red", 30)]);
    let mut names: Vec<_> = scores.iter().collect();
    names.sort();
    println!("{:?} {}", names, scores.capacity());
    let repeated = HashMap::from([(1, 'a'), (2, 'b'), (1, 'c')]);
    println!("{:?} {}", repeated.get(&1), repeated.len());
    let empty: HashMap<u8, u8> = HashMap::from([]);
    println!("{} {}", empty.len(), empty.capacity());
    let primes = HashSet::from([2, 3, 5, 7, 11, 13, 17, 19, 23]);
    let mut sorted: Vec<_> = primes.iter().copied().collect();
    sorted.sort();
    println!("{:?} {} {}", sorted, primes.contains(&9), primes.capacity());
}
