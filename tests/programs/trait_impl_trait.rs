// Checks: `impl Trait` in argument position and return position, including returning iterators and closures.
use std::fmt::Display;

fn announce(item: &impl Display) -> String {
    format!("Breaking: {}", item)
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn describe() -> impl Display {
    42
}

fn main() {
    println!("{}", announce(&5));
    println!("{}", announce(&"news"));
    let v: Vec<u32> = evens(11).collect();
    println!("{:?}", v);
    println!("{}", evens(100).map(|x| x * x).take(3).sum::<u32>());
    let add5 = make_adder(5);
    println!("{} {}", add5(1), add5(-10));
    println!("{}", describe());
}
