// Counting primes by trial division: arithmetic and loops dominate.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    for n in 0..30000 {
        if is_prime(n) {
            count += 1;
        }
    }
    println!("{}", count);
}
