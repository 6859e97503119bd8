// Checks: consts used as match patterns, const arrays indexed at runtime, and i32::MAX / u8::MAX constants.
const LOW: i32 = 10;
const HIGH: i32 = 20;
const NAMES: [&str; 3] = ["zero", "one", "two"];

fn check(x: i32) -> &'static str {
    match x {
        LOW => "exactly low",
        HIGH => "exactly high",
        LOW..=HIGH => "between",
        _ => "outside",
    }
}

fn main() {
    for x in [5, 10, 15, 20, 25] {
        println!("{} {}", x, check(x));
    }
    for i in 0..3 {
        println!("{}", NAMES[i]);
    }
    println!("{} {} {}", i32::MAX, u8::MAX, i64::MIN);
    println!("{} {}", u16::MAX as u32 + 1, usize::BITS);
}
