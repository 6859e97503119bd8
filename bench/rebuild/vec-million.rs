// A Vec of a million cells (book) or 4 MB (real): every stop after it has a block that size.
fn main() {
    let mut v: Vec<u32> = vec![0; 1_000_000];
    let mut total: u64 = 0;
    for i in 0..50 {
        v[i * 20_000] = i as u32;
        total += v[i * 20_000] as u64;
    }
    println!("{} {}", v.len(), total);
}
