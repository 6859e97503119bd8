// An impl that leaves out an associated type of its trait is E0046 (fuzz seed 72 #9936: it ran,
// and multiplied a float as the bound's u32).
trait Shape {
    type Unit;
    const SIDES: u32;
    fn unit(&self) -> Self::Unit;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
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
