// A field declared twice is rustc's E0124, derive(Debug) or not.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
    x: i32,
}

fn main() {
    println!("{:?}", Point { x: 1, y: 2 });
}
