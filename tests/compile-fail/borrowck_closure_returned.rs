// Rejects: returning a closure that borrows a local (E0373).
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    let step = n * 2;
    |x| x + step
}

fn main() {
    println!("{}", make_adder(1)(2));
}
