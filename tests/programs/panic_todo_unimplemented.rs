// Checks: todo!() panics with "not yet implemented" after earlier trait methods run normally.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        todo!()
    }
}

fn main() {
    let s = Sq(3.0);
    println!("area {}", s.area());
    println!("perimeter {}", s.perimeter());
}
