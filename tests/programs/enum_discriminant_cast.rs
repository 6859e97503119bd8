// Checks: C-like enums with explicit discriminants, `as` casts to integers, and comparing derived PartialEq.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 0xff0000,
    Green = 0x00ff00,
    Blue = 0x0000ff,
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High = 10,
    Higher,
}

fn main() {
    println!("roses are #{:06x}", Color::Red as i32);
    println!("violets are #{:06x}", Color::Blue as i32);
    println!("{}", Color::Green as i32);
    for l in [Level::Low, Level::Mid, Level::High, Level::Higher] {
        println!("{:?} = {}", l, l as u8);
    }
    let c = Color::Green;
    println!("{} {}", c == Color::Green, c == Color::Red);
    println!("{}", Level::Higher as i32 - Level::Low as i32);
}
