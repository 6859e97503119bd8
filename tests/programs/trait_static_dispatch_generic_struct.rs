// Checks: generic structs with trait-bounded impls, impl blocks for specific type params, and method generics.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

#[derive(Debug)]
struct Mixed<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1, Y1> Mixed<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Mixed<X2, Y2>) -> Mixed<X1, Y2> {
        Mixed { x: self.x, y: other.y }
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("p.x = {}", p.x());
    let f = Point { x: 3.0f32, y: 4.0f32 };
    println!("{}", f.distance_from_origin());
    println!("{:?} {:?}", p, f);
    let p1 = Mixed { x: 5, y: 10.4 };
    let p2 = Mixed { x: "Hello", y: 'c' };
    let p3 = p1.mixup(p2);
    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);
    println!("{:?}", p3);
}
