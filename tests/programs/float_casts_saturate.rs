// Checks: `as` casts between floats and integers, including truncation toward zero, saturation and NaN -> 0.
fn main() {
    let fs = [3.99, -3.99, 255.5, 256.0, -1.0, 1e10, -1e10, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for f in fs {
        println!("{} -> u8 {} i8 {} i32 {} u32 {} i64 {}", f, f as u8, f as i8, f as i32, f as u32, f as i64);
    }
    let i = 7i32;
    let x = i as f64 / 2.0;
    println!("{}", x);
    println!("{}", (i / 2) as f64);
    let big = u64::MAX;
    println!("{} {}", big as f64, big as f32);
    println!("{}", i64::MAX as f64 as i64);
    println!("{}", 16777217i32 as f32);
    let avg = [1, 2, 4].iter().sum::<i32>() as f64 / 3.0;
    println!("{:.3}", avg);
    println!("{}", (2.5f64).round() as i32);
    println!("{}", -0.0f64 as i32);
}
