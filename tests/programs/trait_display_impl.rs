// Checks: implementing fmt::Display with write!, honoring {:>width} via f.pad, and to_string() using Display.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Matrix([[i32; 2]; 2]);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.0.iter() {
            writeln!(f, "[{:>3} {:>3}]", row[0], row[1])?;
        }
        write!(f, "end")
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("[{:>12}]", p);
    let s = p.to_string();
    println!("{} has {} chars", s, s.len());
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]", Name("ann"), Name("bob"), Name("cy"), Name("dee"));
    println!("{}", Matrix([[1, 20], [-3, 400]]));
    let joined: Vec<String> = vec![Point { x: 0, y: 0 }, Point { x: 1, y: 1 }].iter().map(|p| p.to_string()).collect();
    println!("{}", joined.join(" -> "));
}
