// Checks: collect into Vec, String, HashMap (read back sorted), HashSet len, Option<Vec> and unzip/partition.
use std::collections::{HashMap, HashSet};

fn main() {
    let v: Vec<u8> = "hello".bytes().collect();
    println!("{:?}", v);
    let s: String = vec!['r', 'u', 's', 't'].into_iter().collect();
    println!("{}", s);
    let s2: String = vec!["ab", "cd", "ef"].into_iter().collect();
    println!("{}", s2);
    let m: HashMap<&str, usize> = ["one", "three", "five"].iter().map(|w| (*w, w.len())).collect();
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let set: HashSet<char> = "mississippi".chars().collect();
    let mut letters: Vec<char> = set.into_iter().collect();
    letters.sort();
    println!("{:?}", letters);
    let good: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    let bad: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    println!("{:?} {:?}", good, bad);
    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", evens, odds);
    let (nums, chars): (Vec<i32>, Vec<char>) = vec![(1, 'a'), (2, 'b')].into_iter().unzip();
    println!("{:?} {:?}", nums, chars);
    let flat: Vec<i32> = vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect();
    println!("{:?}", flat);
    let fm: Vec<char> = vec!["hi", "yo"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?}", fm);
}
