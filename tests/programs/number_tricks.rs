// Checks (teaching program): digit sum, integer square root by binary search, power by repeated squaring.
fn digit_sum(v: u64) -> u64 {
    let mut n = v;
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn isqrt(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = n / 2 + 1;
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn pow(base: u128, exp: u32) -> u128 {
    let mut result: u128 = 1;
    let mut b = base;
    let mut e = exp;
    while e > 0 {
        if e & 1 == 1 {
            result *= b;
        }
        e >>= 1;
        if e > 0 {
            b *= b;
        }
    }
    result
}

fn main() {
    println!("digit_sum(9875) = {}", digit_sum(9875));
    println!("digit_sum(u64::MAX) = {}", digit_sum(u64::MAX));
    for n in 0..=10 {
        print!("{} ", isqrt(n));
    }
    println!();
    println!("isqrt(1000000007) = {}", isqrt(1000000007));
    println!("isqrt(u64::MAX) = {}", isqrt(u64::MAX));
    println!("3^40 = {}", pow(3, 40));
    println!("2^127 = {}", pow(2, 127));
    println!("10^38 = {}", pow(10, 38));
}
