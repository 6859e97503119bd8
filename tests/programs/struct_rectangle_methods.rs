// Checks: impl block with &self methods, associated function constructors and methods taking another &Self.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
    fn width(&self) -> bool {
        self.width > 0
    }
    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }
    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }
}

impl Rectangle {
    fn perimeter(&self) -> u32 {
        2 * (self.width + self.height)
    }
}

fn main() {
    let rect1 = Rectangle { width: 30, height: 50 };
    let rect2 = Rectangle { width: 10, height: 40 };
    let rect3 = Rectangle { width: 60, height: 45 };
    println!("area {}", rect1.area());
    println!("perimeter {}", rect1.perimeter());
    if rect1.width() {
        println!("nonzero width {}", rect1.width);
    }
    println!("rect1 holds rect2? {}", rect1.can_hold(&rect2));
    println!("rect1 holds rect3? {}", rect1.can_hold(&rect3));
    let sq = Rectangle::square(7);
    println!("{:?} area {}", sq, sq.area());
    println!("{:#?}", rect2);
    println!("{}", Rectangle::area(&rect3));
}
