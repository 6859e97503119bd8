// `abs` of MIN overflows inside std (num/mod.rs, at the i64 impl's line).
fn magnitude(x: i64) -> i64 {
    x.abs()
}

fn main() {
    println!("{}", magnitude(-5));
    println!("{}", magnitude(i64::MIN));
}
