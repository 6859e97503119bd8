// Checks: a user-defined generic enum mirroring Option, with impl methods and matching.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T: std::fmt::Debug> Maybe<T> {
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }
    fn unwrap_or(self, d: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => d,
        }
    }
}

fn half(x: i32) -> Maybe<i32> {
    if x % 2 == 0 { Maybe::Just(x / 2) } else { Maybe::Nothing }
}

fn main() {
    for i in 0..5 {
        let h = half(i);
        println!("{} -> {:?} just={}", i, h, h.is_just());
        println!("   or -1: {}", h.unwrap_or(-1));
    }
    let s: Maybe<&str> = Maybe::Just("text");
    println!("{:?}", s);
}
