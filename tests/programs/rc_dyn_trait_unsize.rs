// Rc<dyn Trait> and Arc<dyn Trait>: Rc::new of a concrete value, unsized to a trait object
// (the pointer gains the vtable); dropping the last Rc drops the value through the vtable.
use std::rc::Rc;
use std::sync::Arc;
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> String { format!("circle {}", self.r) }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn name(&self) -> String { String::from("rect") }
}
impl Drop for Rect {
    fn drop(&mut self) { println!("drop rect {}x{}", self.w, self.h); }
}
fn main() {
    let c: Rc<dyn Shape> = Rc::new(Circle { r: 2.0 });
    let shapes: Vec<Rc<dyn Shape>> = vec![c.clone(), Rc::new(Rect { w: 2.0, h: 3.0 }), c.clone()];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    println!("{} {}", Rc::strong_count(&c), std::mem::size_of::<Rc<dyn Shape>>());
    let a: Arc<dyn Shape + Send + Sync> = Arc::new(Rect { w: 1.0, h: 1.0 });
    println!("{}", a.area());
    let arr: Rc<[i32]> = Rc::new([1, 2, 3]);
    println!("{:?}", arr);
    drop(shapes);
    println!("end");
}
