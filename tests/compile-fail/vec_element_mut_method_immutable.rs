// Rejects: a `&mut self` method on an element of a Vec bound without `mut` (E0596).
struct C { n: i32 }
impl C { fn bump(&mut self) { self.n += 1; } }
fn main() { let cs = vec![C { n: 0 }]; cs[0].bump(); }
