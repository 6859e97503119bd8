// Rejects: moving a value out of a HashMap's `Index` (E0507).
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ada", String::from("36"));
    let age = ages["ada"];
    println!("{}", age);
}
