// Rejects: an impl of a trait that does not define a required method (E0046).
trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Sq(2.0).area());
}
