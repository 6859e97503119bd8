// Checks: recursion (factorial, fibonacci, gcd) and mutual recursion (is_even/is_odd).
fn factorial(n: u64) -> u64 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

fn fib(n: u32) -> u32 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    for n in 0..=20 {
        println!("{}! = {}", n, factorial(n));
    }
    for n in 0..15 {
        print!("{} ", fib(n));
    }
    println!();
    println!("gcd(48, 18) = {}", gcd(48, 18));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    println!("gcd(0, 9) = {}", gcd(0, 9));
    println!("is_even(10) = {}, is_odd(7) = {}, is_even(7) = {}", is_even(10), is_odd(7), is_even(7));
}
