// Checks: std::mem::size_of_val and align_of_val (and the prelude's) for sized values, str,
// slices, trait objects (through the vtable's size), and enum discriminants below zero.
use std::mem;

trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

struct Dot(u8);

struct Named {
    name: String,
    tags: [u16; 3],
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

impl Shape for Dot {
    fn area(&self) -> f64 {
        self.0 as f64
    }
}

impl Shape for Named {
    fn area(&self) -> f64 {
        self.name.len() as f64 + self.tags.len() as f64
    }
}

enum Signed {
    Minus = -2,
    Zero = 0,
    Plus = 3,
}

fn describe(label: &str, s: &dyn Shape) {
    println!("{}: area {} size {} align {}", label, s.area(), mem::size_of_val(s), mem::align_of_val(s));
}

fn main() {
    let x = 7u32;
    let pair = (1u8, 2u64);
    println!("u32 {} {}", mem::size_of_val(&x), mem::align_of_val(&x));
    println!("(u8, u64) {} {}", size_of_val(&pair), align_of_val(&pair));

    let text = "héllo";
    println!("str {} {}", mem::size_of_val(text), mem::align_of_val(text));
    let owned = String::from("stack and heap");
    println!("String {} / its str {}", mem::size_of_val(&owned), mem::size_of_val(owned.as_str()));

    let arr = [1u16, 2, 3, 4, 5];
    let slice: &[u16] = &arr[1..4];
    println!("array {} slice {} align {}", mem::size_of_val(&arr), mem::size_of_val(slice), mem::align_of_val(slice));
    let v = vec![1.5f64, 2.5, 3.5];
    println!("vec {} its slice {}", mem::size_of_val(&v), mem::size_of_val(&v[..]));
    let empty: &[u64] = &[];
    println!("empty {} {}", mem::size_of_val(empty), mem::align_of_val(empty));

    let c = Circle { r: 2.0 };
    describe("circle", &c);
    describe("dot", &Dot(4));
    let named = Named { name: String::from("n"), tags: [1, 2, 3] };
    describe("named", &named);
    let boxed: Box<dyn Shape> = Box::new(Dot(9));
    println!("box {} pointee {}", mem::size_of_val(&boxed), mem::size_of_val(&*boxed));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Dot(1))];
    let sizes: Vec<usize> = shapes.iter().map(|s| mem::size_of_val(&**s)).collect();
    println!("{:?}", sizes);

    println!("{} {} {}", Signed::Minus as i32, Signed::Zero as i8, Signed::Plus as i64);
    println!("Signed {} {}", mem::size_of::<Signed>(), mem::size_of::<Option<Signed>>());
}
