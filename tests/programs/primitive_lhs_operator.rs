use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<Vec2> for f64 {
    type Output = Vec2;
    fn mul(self, v: Vec2) -> Vec2 {
        Vec2 { x: self * v.x, y: self * v.y }
    }
}

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add<Meters> for u32 {
    type Output = Meters;
    fn add(self, m: Meters) -> Meters {
        Meters(self + m.0)
    }
}

fn main() {
    let v = Vec2 { x: 1.0, y: -2.5 };
    let k = 2.0f64;
    let w = k * v;
    println!("{:?}", w);
    println!("{:?}", 0.5f64 * w == v);
    let total = 3u32 + Meters(4);
    println!("{:?}", total);
    let steps = [Meters(1), Meters(2), Meters(3)];
    let mut sum = Meters(0);
    for s in steps {
        sum = sum.0 + s;
    }
    println!("{:?}", sum);
}
