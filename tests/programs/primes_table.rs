// Checks (teaching program): primes below 120 by trial division, printed as a right-aligned table, plus a count.
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
    let mut sum: u64 = 0;
    for n in 0..120 {
        if is_prime(n) {
            print!("{:>5}", n);
            count += 1;
            sum += n as u64;
            if count % 10 == 0 {
                println!();
            }
        }
    }
    println!();
    println!("{} primes, sum = {}, last is {}", count, sum, {
        let mut k = 119;
        while !is_prime(k) {
            k -= 1;
        }
        k
    });
}
