// Rejects: deriving Debug for a struct whose field's type is not Debug (E0277).
#[derive(Debug)]
struct Inner;
struct Outer { i: Inner }
#[derive(Debug)]
struct Top { o: Outer }
fn main() { println!("{:?}", Top { o: Outer { i: Inner } }); }
