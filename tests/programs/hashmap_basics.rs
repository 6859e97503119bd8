// Checks: HashMap insert/get/contains_key/remove/len, overwrite return value, and iteration via sorted keys.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {}", score);
    println!("Red: {:?}", scores.get("Red"));
    println!("{:?}", scores.insert(String::from("Blue"), 25));
    println!("{:?}", scores.insert(String::from("Green"), 5));
    println!("len {}", scores.len());
    println!("{} {}", scores.contains_key("Green"), scores.contains_key("Pink"));
    println!("{:?} {:?}", scores.remove("Green"), scores.remove("Green"));
    let mut keys: Vec<&String> = scores.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {}", scores[k]);
    }
    let mut vals: Vec<i32> = scores.values().cloned().collect();
    vals.sort();
    println!("{:?}", vals);
    if let Some(v) = scores.get_mut("Yellow") {
        *v += 1;
    }
    println!("{}", scores["Yellow"]);
    let total: i32 = scores.values().sum();
    println!("total {}", total);
}
