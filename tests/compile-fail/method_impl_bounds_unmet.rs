// Rejects: a trait method whose impl for slices needs `T: Display`, called on a Vec of a type
// without it (E0599: the method exists for `Vec<Point>`, but its trait bounds are not met).
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for [T] {
    fn describe(&self) -> String {
        format!("{} items", self.len())
    }
}

struct Point;

fn main() {
    let ok = vec![1, 2, 3];
    println!("{}", ok.describe());
    let v = vec![Point, Point];
    println!("{}", v.describe());
}
