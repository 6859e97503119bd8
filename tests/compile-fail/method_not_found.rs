// Rejects: calling a method that does not exist on a user struct (E0599).
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.perimeter());
}
