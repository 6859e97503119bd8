// Items of one name in several modules (`Point`, `describe`, `new`), reached through module
// paths, `super::`, `crate::`, `use ... as` and from their own modules.
mod shapes {
    #[derive(Debug)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }
    pub fn describe(p: &Point) -> String {
        format!("shape point ({}, {})", p.x, p.y)
    }
    pub fn new() -> Point {
        Point { x: 1, y: 2 }
    }
    pub mod inner {
        pub fn describe() -> &'static str {
            "inner"
        }
        pub fn call_parent() -> String {
            super::describe(&super::new())
        }
    }
}
mod geo {
    #[derive(Debug, Clone, Copy)]
    pub struct Point(pub f64, pub f64);
    pub fn describe(p: &Point) -> String {
        format!("geo point {:?}", p)
    }
    pub fn new() -> Point {
        Point(0.5, 1.5)
    }
    pub const ORIGIN: Point = Point(0.0, 0.0);
    impl Point {
        pub fn norm(&self) -> f64 {
            (self.0 * self.0 + self.1 * self.1).sqrt()
        }
    }
}
use geo::describe as geo_describe;
use shapes::Point;
fn describe(p: &Point) -> String {
    format!("root {}", p.x + p.y)
}
fn main() {
    let a = shapes::new();
    let b = geo::new();
    println!("{}", shapes::describe(&a));
    println!("{}", geo_describe(&b));
    println!("{}", describe(&a));
    println!("{}", shapes::inner::describe());
    println!("{}", shapes::inner::call_parent());
    println!("{:?} {:?}", a, b);
    println!("{}", geo::ORIGIN.norm() + b.norm());
    let p = Point { x: 5, y: 6 };
    println!("{}", crate::describe(&p));
    let q = geo::Point(3.0, 4.0);
    println!("{}", q.norm());
}
