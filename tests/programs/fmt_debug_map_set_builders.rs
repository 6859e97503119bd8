// Checks: Formatter::debug_map and debug_set (std's builders, which BTreeMap and BTreeSet print
// through), in `{:?}` and `{:#?}`, empty and nested.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

struct Pairs(Vec<(&'static str, i32)>);

impl fmt::Debug for Pairs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in &self.0 {
            m.entry(k, v);
        }
        m.finish()
    }
}

struct Tags(Vec<char>);

impl fmt::Debug for Tags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).finish()
    }
}

fn main() {
    let p = Pairs(vec![("a", 1), ("b", 2)]);
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?}", Pairs(vec![]), Tags(vec![]));
    println!("{:#?}", Tags(vec!['x', 'y']));
    let m: BTreeMap<i32, BTreeSet<u8>> = [(2, [7u8, 3].into_iter().collect()), (1, BTreeSet::new())].into_iter().collect();
    println!("{:?}", m);
    println!("{:#?}", m);
}
