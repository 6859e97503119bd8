// Rejects: a field written through a `&` reference (E0594), however the place is reached.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let r = &p;
    r.x = 5;
    println!("{} {}", p.x, p.y);
}
