// Rejects: Default::default given a receiver (E0185).
struct P(i32);
impl Default for P { fn default(&self) -> Self { P(1) } }
fn main() {}
