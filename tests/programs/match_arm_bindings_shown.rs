// A match arm's bindings in an expression-bodied function: the arm is a step of its own, so
// `radius` and `side` are shown with their values before they go out of scope.
enum Shape {
    Circle { radius: f64 },
    Square(f64),
    Empty,
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle { radius } => 3.0 * radius * radius,
        Shape::Square(side) => side * side,
        Shape::Empty => 0.0,
    }
}

fn describe(n: Option<u8>) -> String {
    match n {
        Some(k) if k > 9 => format!("big {}", k),
        Some(k) => format!("small {}", k),
        None => String::from("none"),
    }
}

fn main() {
    let shapes = [Shape::Circle { radius: 1.5 }, Shape::Square(2.0), Shape::Empty];
    let mut total = 0.0;
    for s in &shapes {
        total += area(s);
    }
    println!("{} {} {} {}", total, describe(Some(12)), describe(Some(3)), describe(None));
}
