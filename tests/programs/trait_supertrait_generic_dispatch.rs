// Checks: supertraits (trait A: B), calling supertrait methods through a generic bound and a dyn object.
use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        let output = self.to_string();
        let len = output.len();
        println!("{}", "*".repeat(len + 4));
        println!("*{}*", " ".repeat(len + 2));
        println!("* {} *", output);
        println!("*{}*", " ".repeat(len + 2));
        println!("{}", "*".repeat(len + 4));
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl OutlinePrint for Point {}

fn show<T: OutlinePrint>(t: &T) {
    t.outline_print();
}

fn main() {
    let p = Point { x: 1, y: -30 };
    p.outline_print();
    show(&Point { x: 100, y: 2 });
    let d: &dyn OutlinePrint = &p;
    d.outline_print();
}
