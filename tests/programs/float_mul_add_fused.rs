// `mul_add` rounds once (a fused multiply-add), unlike `a * b + c`.
fn main() {
    let a = 0.1f64;
    println!("{} {}", a.mul_add(10.0, -1.0), a * 10.0 - 1.0);
    let b = 0.1f32;
    println!("{} {}", b.mul_add(10.0, -1.0), b * 10.0 - 1.0);
    let x = 1.0f64 + f64::EPSILON;
    println!("{:e} {:e}", x.mul_add(x, -1.0 - 2.0 * f64::EPSILON), x * x - 1.0 - 2.0 * f64::EPSILON);
    println!("{} {}", 2.0f64.mul_add(3.0, 4.0), (-2.5f32).mul_add(4.0, 10.0));
    println!("{} {}", 1e308f64.mul_add(10.0, -1e308), f64::MAX.mul_add(2.0, -f64::MAX));
    println!("{} {}", f64::INFINITY.mul_add(0.0, 1.0).is_nan(), 1e300f64.mul_add(1e300, f64::NEG_INFINITY));
    println!("{:?} {:?}", 0.0f64.mul_add(-1.0, 0.0), (-0.0f64).mul_add(1.0, -0.0));
    println!("{:e}", 1e-200f64.mul_add(1e-200, 0.0));
    let mut acc = 0.0f64;
    for i in 1..20 {
        acc = (i as f64 * 0.1).mul_add(1.0 / 3.0, acc);
    }
    println!("{}", acc);
    println!("{}", 16777217.0f32.mul_add(1.0, 1.0));
    println!("{}", (1.0f32 / 3.0).mul_add(3.0, -1.0));
}
