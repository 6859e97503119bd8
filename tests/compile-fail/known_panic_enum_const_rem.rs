// A `const` of an enum type is a known value too: its discriminant, cast, is a known divisor.
#[derive(Clone, Copy)]
enum Level {
    Low,
    High = 10,
}

const START: Level = Level::Low;
const TOP: i64 = Level::High as i64 * 3;

fn main() {
    println!("{}", TOP);
    println!("{}", TOP % START as i64);
}
