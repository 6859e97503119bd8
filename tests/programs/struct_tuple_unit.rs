// Checks: tuple structs, unit-like structs, .0/.1 access and destructuring of tuple structs.
#[derive(Debug)]
struct Color(i32, i32, i32);
#[derive(Debug)]
struct Point(i32, i32, i32);
#[derive(Debug)]
struct AlwaysEqual;
struct Meters(f64);

fn total(m: &[Meters]) -> f64 {
    let mut t = 0.0;
    for x in m {
        t += x.0;
    }
    t
}

fn main() {
    let black = Color(0, 0, 0);
    let origin = Point(1, -2, 3);
    println!("{} {} {}", black.0, black.1, black.2);
    let Point(x, y, z) = origin;
    println!("x={} y={} z={}", x, y, z);
    println!("{:?} {:?}", black, Point(x * 2, y * 2, z * 2));
    let subject = AlwaysEqual;
    println!("{:?}", subject);
    let ms = [Meters(1.5), Meters(2.25), Meters(3.0)];
    println!("total = {}", total(&ms));
    let mut c = Color(10, 20, 30);
    c.1 += 5;
    println!("{:?}", c);
    println!("size of unit struct: {}", std::mem::size_of::<AlwaysEqual>());
}
