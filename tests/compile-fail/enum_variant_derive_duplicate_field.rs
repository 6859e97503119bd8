// A struct-like variant's fields are checked like a struct's (E0124).
#[derive(Debug, Clone)]
enum Shape {
    Rect { w: u32, h: u32, w: u32 },
    Dot,
}

fn main() {
    println!("{:?}", Shape::Dot);
}
