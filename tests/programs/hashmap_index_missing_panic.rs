// Checks: indexing a HashMap with a missing key via map[&key] panics (message is rustc's), after successful lookups.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("ann", 31);
    ages.insert("bob", 27);
    println!("ann {}", ages["ann"]);
    println!("bob {}", ages["bob"]);
    println!("carl {}", ages["carl"]);
}
