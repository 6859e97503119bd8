// Rejects: an impl of Clone without its `clone` (E0046).
struct S;
impl Clone for S {}
fn main() { let _ = S.clone(); }
