// Checks: `T::default()` for a type parameter bounded by Default, monomorphised per type.
#[derive(Debug, Default)]
struct Settings {
    volume: u8,
    name: String,
    tags: Vec<String>,
}

fn defaults<T: Default + std::fmt::Debug>(n: usize) -> Vec<T> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(T::default());
    }
    v
}

fn main() {
    let nums: Vec<i64> = defaults(3);
    let flags = defaults::<bool>(2);
    let texts: Vec<String> = defaults(1);
    let settings = defaults::<Settings>(1);
    println!("{:?} {:?} {:?}", nums, flags, texts);
    println!("{:#?}", settings);
    let pair: (u8, Option<char>) = Default::default();
    println!("{:?}", pair);
}
