// Rejects: `unsafe impl` of a trait that is not unsafe (E0199).
trait Describe {
    fn describe(&self) -> String;
}

struct Point;

unsafe impl Describe for Point {
    fn describe(&self) -> String {
        String::from("point")
    }
}

fn main() {
    println!("{}", Point.describe());
}
