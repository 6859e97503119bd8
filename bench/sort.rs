// Sorting 10^5 integers made by a linear congruential generator: the slice sort dominates.
fn main() {
    let n = 100_000;
    let mut state: u64 = 12345;
    let mut v: Vec<u32> = Vec::with_capacity(n);
    for _ in 0..n {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        v.push((state >> 33) as u32);
    }
    v.sort();
    let mut checksum: u64 = 0;
    for (i, x) in v.iter().enumerate() {
        checksum = checksum.wrapping_mul(31).wrapping_add(*x as u64 ^ i as u64);
    }
    let sorted = v.windows(2).all(|w| w[0] <= w[1]);
    println!("sorted: {}, min {}, max {}, checksum {}", sorted, v[0], v[n - 1], checksum);
}
