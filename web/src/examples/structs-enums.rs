// A struct is its fields side by side; an enum is a tag (which variant)
// plus room for its largest variant.
struct Point {
    x: i32,
    y: i32,
}

enum Shape {
    Circle { center: Point, radius: f64 },
    Square(Point, f64),
    Empty,
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle { radius, .. } => 3.14 * radius * radius,
        Shape::Square(_, side) => side * side,
        Shape::Empty => 0.0,
    }
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let pair = (p.x, 'z', true);
    let maybe: Option<i32> = Some(7);
    let c = Shape::Circle { center: Point { x: 0, y: 0 }, radius: 1.5 };
    let s = Shape::Square(Point { x: 1, y: 2 }, 2.0);
    let e = Shape::Empty;
    let total = area(&c) + area(&s) + area(&e);
    println!("{} {} {:?} {}", p.x + p.y, pair.1, maybe, total);
}
