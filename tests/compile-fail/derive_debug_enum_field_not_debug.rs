// Rejects: deriving Debug for an enum whose tuple variant holds a non-Debug type (E0277).
struct Inner;
#[derive(Debug)]
enum E {
    A(i32, Inner),
    B { x: Inner },
}
fn main() {}
