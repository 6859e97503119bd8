// The float functions std takes from libm, over deterministic pseudo-random arguments of many
// magnitudes: each result's Debug text and bits must be those of the glibc libm a rustc-built
// binary calls (one-bit differences show only in the bits).

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 11
    }

    /// A double of magnitude around 2^-12 .. 2^12 (or up to 2^`wide` when given), either sign.
    fn arg(&mut self, wide: i32) -> f64 {
        let unit = self.next() as f64 / (1u64 << 53) as f64;
        let exponent = (self.next() % (wide as u64 + 13)) as i32 - 12;
        let sign = if self.next() % 2 == 0 { 1.0 } else { -1.0 };
        sign * (1.0 + unit) * 2f64.powi(exponent)
    }
}

// A NaN's sign and payload are left out: x86's invalid operations give a negative one.
fn show64(name: &str, x: f64, y: f64) {
    if y.is_nan() {
        println!("{name}({x:?}) = NaN");
    } else {
        println!("{name}({x:?}) = {y:?} {:#018x}", y.to_bits());
    }
}

fn show32(name: &str, x: f32, y: f32) {
    if y.is_nan() {
        println!("{name}({x:?}) = NaN");
    } else {
        println!("{name}({x:?}) = {y:?} {:#010x}", y.to_bits());
    }
}

fn main() {
    let mut rng = Lcg(2026);
    let unary64: [(&str, fn(f64) -> f64, i32); 18] = [
        ("exp", f64::exp, 9),
        ("exp2", f64::exp2, 10),
        ("ln", f64::ln, 1000),
        ("log2", f64::log2, 1000),
        ("log10", f64::log10, 1000),
        ("sin", f64::sin, 40),
        ("cos", f64::cos, 40),
        ("tan", f64::tan, 40),
        ("atan", f64::atan, 60),
        ("cbrt", f64::cbrt, 1000),
        ("sqrt", f64::sqrt, 1000),
        ("sinh", f64::sinh, 10),
        ("cosh", f64::cosh, 10),
        ("tanh", f64::tanh, 5),
        ("exp_m1", f64::exp_m1, 10),
        ("ln_1p", f64::ln_1p, 1000),
        ("asin", f64::asin, 0),
        ("acos", f64::acos, 0),
    ];
    for (name, f, wide) in unary64 {
        for _ in 0..120 {
            let x = rng.arg(wide);
            let x = if name.starts_with('l') || name == "sqrt" { x.abs() } else { x };
            show64(name, x, f(x));
        }
    }
    for _ in 0..150 {
        let x = rng.arg(20).abs();
        let y = rng.arg(4);
        println!("{x:?}.powf({y:?}) = {:?} {:#018x}", x.powf(y), x.powf(y).to_bits());
    }
    for _ in 0..100 {
        let (y, x) = (rng.arg(30), rng.arg(30));
        println!("{y:?}.atan2({x:?}) = {:?} {:#018x}", y.atan2(x), y.atan2(x).to_bits());
        println!("{y:?}.hypot({x:?}) = {:?} {:#018x}", y.hypot(x), y.hypot(x).to_bits());
    }
    let unary32: [(&str, fn(f32) -> f32, i32); 18] = [
        ("exp", f32::exp, 6),
        ("exp2", f32::exp2, 7),
        ("ln", f32::ln, 100),
        ("log2", f32::log2, 100),
        ("sin", f32::sin, 30),
        ("cos", f32::cos, 30),
        ("log10", f32::log10, 100),
        ("cbrt", f32::cbrt, 100),
        ("sqrt", f32::sqrt, 100),
        ("tan", f32::tan, 30),
        ("asin", f32::asin, 0),
        ("acos", f32::acos, 0),
        ("atan", f32::atan, 30),
        ("sinh", f32::sinh, 7),
        ("cosh", f32::cosh, 7),
        ("tanh", f32::tanh, 5),
        ("exp_m1", f32::exp_m1, 7),
        ("ln_1p", f32::ln_1p, 100),
    ];
    for (name, f, wide) in unary32 {
        for _ in 0..100 {
            let x = rng.arg(wide) as f32;
            let x = if name.starts_with('l') || name == "sqrt" { x.abs() } else { x };
            show32(name, x, f(x));
        }
    }
    for _ in 0..100 {
        let x = rng.arg(10).abs() as f32;
        let y = rng.arg(3) as f32;
        println!("{x:?}.powf({y:?}) = {:?} {:#010x}", x.powf(y), x.powf(y).to_bits());
    }
    for _ in 0..100 {
        let (y, x) = (rng.arg(20) as f32, rng.arg(20) as f32);
        println!("{y:?}.atan2({x:?}) = {:?} {:#010x}", y.atan2(x), y.atan2(x).to_bits());
    }
    // ln_1p near 2^k - 1, where glibc's reduction leaves |f| < 2^-20, and below zero.
    for k in 1..60 {
        let x = 2f64.powi(k) - 1.0;
        for x in [x, x * (1.0 + 1e-9), x * (1.0 - 3e-7), -0.999 / k as f64] {
            show64("ln_1p", x, x.ln_1p());
            show32("ln_1p", x as f32, (x as f32).ln_1p());
        }
    }
    // asin and acos in each of glibc's intervals of |x| up to 1, both signs.
    for i in 0..200 {
        let x = 1.0 - (i as f64 + 0.37) / 200.0 * (1.0 - (i % 7) as f64 * 0.01);
        let x = if i % 3 == 0 { -x } else { x };
        show64("asin", x, x.asin());
        show64("acos", x, x.acos());
    }
    // Edge cases: zeros, infinities, NaN, subnormals, huge arguments, exact powers.
    let edges64 = [0.0, -0.0, 1.0, -1.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 5e-324, 1e300, -1e300, 1e22, 0.5, 1024.0, -1075.0, 709.78];
    for x in edges64 {
        for (name, f, _) in unary64 {
            show64(name, x, f(x));
        }
        for y in [0.5, -2.0, 3.0, f64::INFINITY] {
            println!("{x:?}.powf({y:?}) = {:?}", x.powf(y));
            println!("{x:?}.atan2({y:?}) = {:?} {:?}", x.atan2(y), y.atan2(x));
        }
    }
    let edges32 = [0.0f32, -0.0, 1.0, -1.0, f32::INFINITY, f32::NEG_INFINITY, f32::NAN, 1e-45, 3e38, -3e38, 1e10, 128.0, -150.0];
    for x in edges32 {
        for (name, f, _) in unary32 {
            show32(name, x, f(x));
        }
        for y in [0.5f32, -2.0, 3.0, f32::INFINITY] {
            println!("{x:?}.powf({y:?}) = {:?}", x.powf(y));
            println!("{x:?}.atan2({y:?}) = {:?} {:?}", x.atan2(y), y.atan2(x));
        }
    }
}
