// Derives whose requirements hold, impls of std traits for the program's types (also behind
// `&` and with the program's type as the trait argument), and a generic derive.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Dot(Point),
    Line { from: Point, to: Point },
}

#[derive(Debug, Clone, Copy)]
struct Wrapper<T>(T);

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

impl PartialEq<Meters> for f64 {
    fn eq(&self, other: &Meters) -> bool {
        *self == other.0
    }
}

impl From<Meters> for f64 {
    fn from(m: Meters) -> f64 {
        m.0
    }
}

impl Meters {
    fn double(&self) -> Meters {
        Meters(self.0 * 2.0)
    }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {} {:?}", p, p == q, Point::default());
    let s = Shape::Line { from: p, to: Point { x: 3, y: 4 } };
    println!("{:?} {}", s.clone(), s == Shape::Dot(p));
    let w = Wrapper(5);
    let v = w;
    println!("{:?} {:?}", w, v);
    let m = Meters(1.5);
    println!("{} {}", m.double(), 1.5 == m);
    let f: f64 = m.into();
    println!("{}", f);
}
