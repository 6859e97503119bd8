// Rejects: a struct pattern naming a field the struct does not have (E0026).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x, z } = p;
    println!("{} {}", x, z);
}
