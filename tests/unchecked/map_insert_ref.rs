// Inserting into a HashMap grows it: a reference to a value dangles.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 30);
    let ann = ages.get("ann").unwrap();
    for (i, name) in ["bob", "cy", "dee", "eve"].iter().enumerate() {
        ages.insert(*name, 40 + i);
    }
    println!("ann is {}", ann); // UB: use after free
}
