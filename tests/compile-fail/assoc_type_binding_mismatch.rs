// Rejects: a bound `S: Shape<Unit = u32>` on a type whose `Unit` is `f64` (E0271, at the
// argument); stackheap once crashed on it.
trait Shape {
    type Unit;
    fn unit(&self) -> Self::Unit;
}

struct Square;

impl Shape for Square {
    type Unit = f64;
    fn unit(&self) -> f64 {
        1.0
    }
}

fn area<S: Shape<Unit = u32>>(s: &S) -> u32 {
    s.unit() * 2
}

fn main() {
    println!("{}", area(&Square));
}
