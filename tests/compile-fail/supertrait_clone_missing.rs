// Rejects: a Clone supertrait not implemented (E0277).
trait Shape: Clone {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Sq(2.0).area());
}
