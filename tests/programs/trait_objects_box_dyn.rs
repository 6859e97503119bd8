// Checks: Vec<Box<dyn Trait>> with dynamic dispatch over several types, and &dyn Trait parameters.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Tri(f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}
impl Shape for Tri {
    fn area(&self) -> f64 {
        0.5 * self.0 * self.1
    }
    fn name(&self) -> String {
        "triangle".into()
    }
    fn describe(&self) -> String {
        format!("a triangle! area={}", self.area())
    }
}

fn print_it(s: &dyn Shape) {
    println!("-> {}", s.describe());
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 3.5 }), Box::new(Tri(3.0, 4.0))];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{}", s.describe());
        total += s.area();
    }
    println!("total {:.3}", total);
    print_it(&Rect { w: 1.0, h: 1.0 });
    print_it(shapes[0].as_ref());
}
