// E0631 at a call of the program's function whose parameter is bounded by `Fn(i32) -> i32`.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", apply(|x: u8| x as i32));
}
