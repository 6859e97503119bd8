// Checks: f64 math methods: sqrt, powi, powf, abs, floor, ceil, round, trunc, fract, signum, min, max, clamp, hypot, exp/ln.
fn main() {
    let xs = [2.5, -2.5, 3.7, -3.2, 0.0];
    for x in xs {
        println!(
            "{}: floor {} ceil {} round {} trunc {} fract {:.2} abs {} signum {}",
            x,
            f64::floor(x),
            x.ceil(),
            x.round(),
            x.trunc(),
            x.fract(),
            x.abs(),
            x.signum()
        );
    }
    println!("{} {} {}", 2.0f64.sqrt(), 3.0f64.powi(4), 2.0f64.powf(0.5));
    println!("{} {}", 1.5f64.max(2.5), 1.5f64.min(-2.5));
    println!("{} {}", f64::NAN.max(1.0), 7.5f64.clamp(0.0, 5.0));
    println!("{}", 3.0f64.hypot(4.0));
    println!("{:.6} {:.6}", 1.0f64.exp(), std::f64::consts::E.ln());
    println!("{:.6} {:.6}", std::f64::consts::PI, (std::f64::consts::PI / 2.0).sin());
    println!("{} {}", (-8.0f64).cbrt(), 100.0f64.log10());
    println!("{} {}", (-1.0f64).sqrt().is_nan(), (0.0f64).sqrt());
    println!("{} {}", 10.0f64 % 3.0, -10.0f64 % 3.0);
    println!("{}", 7.0f64.rem_euclid(-3.0));
}
