// Checks: an enum drops the fields of its active variant only, in declaration order, after its own Drop.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum Shape {
    Empty,
    One(Noisy),
    Two { a: Noisy, b: Noisy },
}
impl Drop for Shape {
    fn drop(&mut self) {
        let name = match self {
            Shape::Empty => "Empty",
            Shape::One(_) => "One",
            Shape::Two { .. } => "Two",
        };
        println!("drop Shape::{}", name);
    }
}

fn main() {
    let shapes = [Shape::Two { b: Noisy("b"), a: Noisy("a") }, Shape::Empty, Shape::One(Noisy("only"))];
    println!("{} shapes", shapes.len());
}
