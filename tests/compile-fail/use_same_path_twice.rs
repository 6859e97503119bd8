// Rejects: one name imported twice in a module (E0252, at the second import).
use std::collections::HashMap;
use std::fmt;
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u8, u8> = HashMap::new();
    m.insert(1, 2);
    println!("{}", m.len());
    let _ = fmt::Error;
}
