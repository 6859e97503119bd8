// Rejects: Clone::clone returning another type than Self (E0053).
struct P(i32);
impl Clone for P {
    fn clone(&self) -> i32 { self.0 }
}
fn main() { let _ = P(1).clone(); }
