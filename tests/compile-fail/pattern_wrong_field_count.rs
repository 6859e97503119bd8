// Rejects: a tuple-variant pattern with the wrong number of fields (E0023).
enum Shape {
    Rect(u32, u32),
    Circle(u32),
}

fn main() {
    let s = Shape::Rect(2, 3);
    match s {
        Shape::Rect(w) => println!("{}", w),
        Shape::Circle(r) => println!("{}", r),
    }
}
