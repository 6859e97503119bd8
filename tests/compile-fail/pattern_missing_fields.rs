// Rejects: a struct pattern that omits a field without `..` (E0027).
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    let p = Point3 { x: 1, y: 2, z: 3 };
    match p {
        Point3 { x, y } => println!("{} {}", x, y),
    }
}
