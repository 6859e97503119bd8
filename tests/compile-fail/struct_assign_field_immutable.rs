// Rejects: assigning to a field of a struct binding that is not mutable (E0594).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    p.x = 10;
    println!("{} {}", p.x, p.y);
}
