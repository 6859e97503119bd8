// A variable holding a variant is not a constant to rustc's known-panic lint (only
// `Enum::Variant as i32` and a `const` are): this division compiles, and panics when it runs.
#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High = 10,
}

fn main() {
    let levels = [Level::Low, Level::Mid, Level::High];
    for l in levels {
        println!("{:?} = {}", l, l as i32);
    }
    println!("{}", Level::High as i32 / Level::Mid as i32);
    let mut current = Level::Mid;
    println!("{}", 100 / current as i32);
    current = Level::Low;
    let low = Level::Low;
    println!("{}", current as u8 + low as u8);
    println!("{}", 100 / low as i32);
}
