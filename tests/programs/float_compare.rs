// Checks: float comparisons, NaN inequality, partial_cmp, total_cmp sorting, and epsilon-based equality.
fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn main() {
    let n = f64::NAN;
    println!("{} {} {}", n == n, n < 1.0, n != n);
    println!("{:?} {:?}", 1.0f64.partial_cmp(&2.0), n.partial_cmp(&1.0));
    println!("{} {}", 0.1 + 0.2 == 0.3, approx(0.1 + 0.2, 0.3));
    println!("{}", 0.0 == -0.0);
    let mut v: Vec<f64> = vec![3.2, -1.0, 10.5, 0.0, 2.25];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
    v.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", v);
    let m = v.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    println!("max {}", m);
    let mn = v.iter().copied().fold(f64::INFINITY, |a, b| a.min(b));
    println!("min {}", mn);
    println!("{} {}", f64::INFINITY > f64::MAX, (1.0f64 / 0.0).is_infinite());
}
