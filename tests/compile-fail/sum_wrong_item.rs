// i64 sums i64s and &i64s, not &i32s.
fn main() {
    let v = vec![1i32, 2];
    let total: i64 = v.iter().sum();
    println!("{}", total);
}
