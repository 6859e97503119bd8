trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 } }
fn describe<T: Shape>(s: &T) -> f64 { s.area() }
fn main() {
    let d: &dyn Shape = &Sq(3.0);
    println!("{}", describe(d));
}
