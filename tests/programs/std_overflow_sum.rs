// An overflow inside std's `Sum` impl is located in std's sources (accum.rs), not at the call.
fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let small = vec![1, 2, 3];
    println!("{}", total(&small));
    let floats: f64 = vec![0.5, 0.25].into_iter().sum();
    println!("{}", floats);
    let product: u64 = (1..=20u64).product();
    println!("{}", product);
    let big = vec![i32::MAX - 1, 1, 1];
    println!("{}", total(&big));
}
