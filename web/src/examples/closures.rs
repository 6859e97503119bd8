// A closure is a value holding what it captured: `add` borrows
// `offset`, `count` mutably borrows `calls`, `owns` moves `name` in.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let add = |n: i32| n + offset;
    let mut calls = 0;
    let mut count = || calls += 1;
    count();
    count();
    let name = String::from("Ferris");
    let owns = move || name.len();
    let r = apply(add, 5);
    println!("{} {} {}", r, calls, owns());
}
