// Rejects: a trait's associated const through the trait's path, without Self (E0790).
trait Limits { const MAX: i32; }
impl Limits for u8 { const MAX: i32 = 255; }
fn main() { println!("{}", Limits::MAX); }
