// Checks: sort_unstable past 20 elements (1000 integers with many equal values: any order of equal integers is the same), and sort_unstable_by/_by_key on small slices (std's insertion sort) and without ties.
#[derive(Debug, Clone, Copy)]
struct P { id: u32, score: u32 }
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut x: u64 = 12345;
    for _ in 0..1000 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        v.push((x >> 33) % 100);
    }
    v.sort_unstable();
    println!("{:?} {:?} {}", &v[..10], &v[990..], v.windows(2).all(|w| w[0] <= w[1]));
    let mut words = vec!["pear", "apple", "fig", "kiwi", "banana"];
    words.sort_unstable_by_key(|w| w.len());
    println!("{:?}", words);
    let mut ps: Vec<P> = (0..30).map(|i| P { id: i, score: (i * 7) % 31 }).collect();
    ps.sort_unstable_by(|a, b| b.score.cmp(&a.score));
    println!("{:?}", ps.iter().map(|p| p.id).collect::<Vec<_>>());
}
