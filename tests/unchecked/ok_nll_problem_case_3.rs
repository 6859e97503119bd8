// No undefined behaviour: get-or-insert through `get_mut` (NLL problem case #3), sound but rejected.
use std::collections::HashMap;

fn get_default<'m>(map: &'m mut HashMap<i32, String>, key: i32) -> &'m mut String {
    match map.get_mut(&key) {
        Some(value) => value,
        None => {
            map.insert(key, String::from("default"));
            map.get_mut(&key).unwrap()
        }
    }
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, String::from("one"));
    get_default(&mut map, 1).push('!');
    get_default(&mut map, 2).push('?');
    let mut keys: Vec<_> = map.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {}", k, map[&k]);
    }
}
