// Rejects: a suffixed literal as the discriminant of an enum without a `repr`, whose
// discriminants are `isize` (E0308; fuzz seed 53).
#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 1,
    High = 10u8,
}

fn main() {
    println!("{:?} {}", Level::Low, Level::High as i32);
}
