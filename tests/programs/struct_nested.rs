// Checks: structs containing other structs, nested field access/mutation and passing nested parts by reference.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug)]
struct Segment {
    start: Point,
    end: Point,
}

impl Segment {
    fn length(&self) -> f64 {
        let dx = self.end.x - self.start.x;
        let dy = self.end.y - self.start.y;
        (dx * dx + dy * dy).sqrt()
    }
}

fn shift(p: &mut Point, dx: f64) {
    p.x += dx;
}

fn main() {
    let mut s = Segment { start: Point { x: 0.0, y: 0.0 }, end: Point { x: 3.0, y: 4.0 } };
    println!("len {}", s.length());
    shift(&mut s.end, 3.0);
    println!("end {:?}", s.end);
    println!("len {:.4}", s.length());
    s.start.y = -4.0;
    let copy = s.start;
    s.start.x = 100.0;
    println!("copy {:?} start {:?}", copy, s.start);
    println!("{:?}", s);
}
