// Checks: a program's own Hash impl (case-insensitive keys, through a Hasher bound) for HashSet keys; stackheap does not model std's Hasher, so it refuses the program rather than hash the keys its own way.
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

#[derive(Debug)]
struct Caseless(String);

impl PartialEq for Caseless {
    fn eq(&self, other: &Caseless) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Caseless {}

impl Hash for Caseless {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_lowercase().hash(state);
    }
}

fn main() {
    let mut names = HashSet::new();
    for n in ["Ferris", "ferris", "Crab", "FERRIS"] {
        println!("{} new: {}", n, names.insert(Caseless(n.to_string())));
    }
    println!("{}", names.len());
}
