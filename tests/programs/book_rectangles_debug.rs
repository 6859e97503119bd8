// Checks: the book's ch5 rectangles progression: tuple version, struct version, dbg!-free Debug printing and area fn.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn area_tuple(dimensions: (u32, u32)) -> u32 {
    dimensions.0 * dimensions.1
}

fn area(rectangle: &Rectangle) -> u32 {
    rectangle.width * rectangle.height
}

fn main() {
    let rect1 = (30, 50);
    println!("The area of the rectangle is {} square pixels.", area_tuple(rect1));
    let scale = 2;
    let rect2 = Rectangle { width: 30 * scale, height: 50 };
    println!("The area of the rectangle is {} square pixels.", area(&rect2));
    println!("rect2 is {:?}", rect2);
    println!("rect2 is {:#?}", rect2);
}
