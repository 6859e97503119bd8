// Checks: --unchecked finds no undefined behaviour where std's B-tree writes its root through a raw
// pointer made from the map's `&mut self` while `Extend::extend`'s `&mut self` lives on (13 keys:
// the second insert after the root's first split).
use std::collections::BTreeMap;
fn main() {
    let mut d: BTreeMap<i32, i32> = BTreeMap::new();
    d.extend((0..13).map(|i| (i, i)));
    println!("{}", d.len());
}
