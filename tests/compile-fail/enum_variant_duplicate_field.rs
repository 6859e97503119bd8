// Rejects: an enum variant declaring a field twice (E0124).
enum Shape {
    Rect { w: f64, h: f64, w: f64 },
    Dot,
}

fn main() {
    let _ = Shape::Dot;
}
