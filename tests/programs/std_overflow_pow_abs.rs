// `pow` and `abs` overflow inside std (num/mod.rs, at the line of the type's impl); the
// operator traits are `#[track_caller]`, so a generic `a + b` is located at the program's line.
use std::ops::Add;

fn add<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn main() {
    println!("{} {} {}", 3u64.pow(20), (-7i32).abs(), add(2u8, 3));
    println!("{}", i64::MIN.checked_add(-1).is_none());
    let base: i16 = 2;
    println!("{}", base.pow(14));
    println!("{}", base.pow(15));
}
