// Rejects: two mutable borrows of one field in an array (E0499).
struct P {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = P { x: 1, y: 2 };
    let t = [&mut p.x, &mut p.x];
    *t[0] = 5;
    println!("{}", p.y);
}
