// Rejects: a method its trait does not declare (E0407) after one whose signature differs
// from the trait's (E0053): the resolver finds the first, before impls are compared with
// their traits.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> i32 {
        (self.0 * self.0) as i32
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}
