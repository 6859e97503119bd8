// A closure that captures a variable is not a function pointer: E0308.
fn main() {
    let offset = 10;
    let f: fn(i32) -> i32 = |x| x + offset;
    println!("{}", f(1));
}
