// `Enum::Variant as i32` is a constant to rustc's known-panic lint: dividing by a variant whose
// discriminant is 0 is rejected at compile time.
#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High = 10,
    Higher,
}

fn main() {
    println!("{:?} {}", Level::Mid, Level::High as i32);
    println!("{}", Level::Higher as i32 / Level::Low as i32);
}
