// Rejects: an Iterator impl with a method Iterator does not have (E0407).
struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { None }
    fn bogus(&self) {}
}
fn main() { let _ = Counter { n: 0 }; }
