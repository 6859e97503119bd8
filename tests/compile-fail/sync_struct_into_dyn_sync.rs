// Rejects: a struct holding a `Cell` made a `Box<dyn Shape + Sync>` (E0277).
use std::cell::Cell;
trait Shape {
    fn area(&self) -> i32;
}
struct Sq(Cell<i32>);
impl Shape for Sq {
    fn area(&self) -> i32 {
        self.0.get()
    }
}
fn main() {
    let s: Box<dyn Shape + Sync> = Box::new(Sq(Cell::new(2)));
    println!("{}", s.area());
}
