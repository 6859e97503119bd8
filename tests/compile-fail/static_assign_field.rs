struct Point {
    x: i32,
    y: i32,
}

static ORIGIN: Point = Point { x: 0, y: 0 };

fn main() {
    ORIGIN.x = 3;
    println!("{} {}", ORIGIN.x, ORIGIN.y);
}
