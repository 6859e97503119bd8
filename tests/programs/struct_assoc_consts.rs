// Checks: associated constants in impl blocks, Self:: paths and associated functions without self.
struct Circle {
    r: f64,
}

impl Circle {
    const PI_APPROX: f64 = 3.14;
    const UNIT: Circle = Circle { r: 1.0 };
    fn area(&self) -> f64 {
        Self::PI_APPROX * self.r * self.r
    }
    fn with_radius(r: f64) -> Circle {
        Circle { r }
    }
    fn describe() -> &'static str {
        "a round thing"
    }
}

struct Limits;
impl Limits {
    const MAX: u8 = 200;
    const MIN: u8 = 10;
}

fn main() {
    println!("{}", Circle::PI_APPROX);
    println!("{}", Circle::UNIT.area());
    let c = Circle::with_radius(2.0);
    println!("{:.2}", c.area());
    println!("{}", Circle::describe());
    println!("{} {} {}", Limits::MIN, Limits::MAX, Limits::MAX - Limits::MIN);
}
