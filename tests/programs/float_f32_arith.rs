// Checks: f32 arithmetic and printing, f32 vs f64 precision differences, and conversion between them.
fn main() {
    let a: f32 = 0.1;
    let b: f32 = 0.2;
    println!("{} {:?}", a + b, a + b);
    println!("{}", 0.1f64 + 0.2f64);
    let third = 1.0f32 / 3.0;
    println!("{} {}", third, third as f64);
    println!("{}", 16777216.0f32 + 1.0);
    println!("{} {}", f32::MAX, f32::MIN);
    println!("{} {}", f32::EPSILON, f32::MIN_POSITIVE);
    let x: f32 = 2.0;
    println!("{} {} {}", x.sqrt(), x.powi(10), x.powf(0.5));
    let big: f64 = 1e40;
    println!("{}", big as f32);
    let precise: f64 = 3.141592653589793;
    println!("{} {}", precise as f32, precise as f32 as f64);
    let mut acc = 0.0f32;
    for _ in 0..10 {
        acc += 0.1;
    }
    println!("{} {}", acc, acc == 1.0);
    println!("{:.3} {:e}", 1234.5678f32, 1234.5678f32);
}
