// One name imported in two inline modules and at the root, and once under an alias: no clash.
use std::collections::HashMap;
use std::collections::HashMap as Map;

mod counts {
    use std::collections::HashMap;

    pub fn tally(words: &[&str]) -> usize {
        let mut m: HashMap<&str, u32> = HashMap::new();
        for w in words {
            *m.entry(w).or_insert(0) += 1;
        }
        m.len()
    }
}

mod lengths {
    use std::collections::HashMap;

    pub fn longest(words: &[&str]) -> usize {
        let m: HashMap<usize, &str> = words.iter().map(|w| (w.len(), *w)).collect();
        m.keys().copied().max().unwrap_or(0)
    }
}

fn main() {
    let words = ["a", "bb", "a", "ccc"];
    let a: HashMap<u8, u8> = HashMap::new();
    let b: Map<u8, u8> = Map::new();
    println!("{} {} {} {}", counts::tally(&words), lengths::longest(&words), a.len(), b.len());
}
