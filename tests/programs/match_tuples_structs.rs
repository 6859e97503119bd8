// Checks: destructuring tuples and structs in match arms, including literals inside struct patterns and `..`.
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

fn locate(p: &Point) -> String {
    match p {
        Point { x: 0, y: 0, .. } => String::from("on z axis"),
        Point { x, y: 0, .. } => format!("on x-z plane at x={}", x),
        Point { x: 0, y, z } => format!("y={} z={}", y, z),
        Point { x, .. } if *x > 100 => String::from("far away"),
        Point { .. } => String::from("somewhere"),
    }
}

fn main() {
    let pts = [
        Point { x: 0, y: 0, z: 9 },
        Point { x: 4, y: 0, z: 1 },
        Point { x: 0, y: 3, z: 2 },
        Point { x: 200, y: 1, z: 1 },
        Point { x: 1, y: 1, z: 1 },
    ];
    for p in &pts {
        println!("{}", locate(p));
    }
    for t in [(0, 1), (1, 0), (2, 2), (3, 4)] {
        let s = match t {
            (0, y) => format!("first zero, y={}", y),
            (x, 0) => format!("second zero, x={}", x),
            (a, b) if a == b => "equal".to_string(),
            (a, b) => format!("{}+{}={}", a, b, a + b),
        };
        println!("{}", s);
    }
    let ((feet, inches), Point { x, y, .. }) = ((3, 10), Point { x: 3, y: -10, z: 0 });
    println!("{} {} {} {}", feet, inches, x, y);
}
