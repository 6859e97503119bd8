// Checks: f64 printing with {}, {:?}, {:.N}, {:e}, {:E}, width/padding and special values.
fn main() {
    let vals = [0.0, 1.0, -1.5, 0.1 + 0.2, 1e21, 1e-7, 123456.789, 2.0f64.powi(60), 1.0 / 3.0];
    for v in vals {
        println!("{} | {:?} | {:.2} | {:e} | {:E}", v, v, v, v, v);
    }
    println!("{:8.3}|{:<8.3}|{:^9.1}|{:+.1}|{:08.2}", 3.14159, 2.5, 7.25, 1.0, -3.5);
    println!("{} {} {}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    println!("{:?} {:.3}", -0.0f64, f64::NAN);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
    println!("{:?} {:?}", f64::EPSILON, 1.0e15);
    println!("{} {:?}", 1.0e16, 1.0e16);
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{:.1} {:.1}", 0.25, 0.35);
}
