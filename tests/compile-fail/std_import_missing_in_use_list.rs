use std::collections::{HashMap, hash_map::Entryy};

fn main() {
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{}", m.len());
}
