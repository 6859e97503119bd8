// An or-pattern matched through a reference covers what its alternatives cover.
#[derive(Debug)]
enum Shape {
    Dot,
    Line(u8),
    Square(u8),
}

fn kind(s: &Shape) -> &'static str {
    match s {
        Shape::Dot | Shape::Line(_) => "thin",
        Shape::Square(_) => "wide",
    }
}

fn main() {
    let o = Some(3);
    match &o {
        Some(1) | None => println!("a"),
        Some(_) => println!("b"),
    }
    let t = (true, false);
    match &t {
        (true, _) | (false, true) => println!("x"),
        (false, false) => println!("y"),
    }
    for s in [Shape::Dot, Shape::Line(2), Shape::Square(3)] {
        println!("{:?} {}", s, kind(&s));
    }
    let r = &&Some(false);
    match r {
        Some(true) | None => println!("t"),
        Some(false) => println!("f"),
    }
}
