// Recursive Fibonacci: calls and returns dominate.
fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    println!("{}", fib(30));
}
