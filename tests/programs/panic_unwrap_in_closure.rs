// Checks: unwrap() on a failed parse inside a map closure panics with the Err Debug and the closure's location.
fn main() {
    let inputs = vec!["1", "22", "333", "four", "5"];
    let mut total = 0;
    for (i, n) in inputs.iter().map(|s| s.parse::<i32>().unwrap()).enumerate() {
        total += n;
        println!("#{} {} running total {}", i, n, total);
    }
    println!("total {}", total);
}
