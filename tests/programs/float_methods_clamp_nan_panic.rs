// f64 and f32 methods on ordinary and special values (NaN, infinities, signed zeros, a
// subnormal): clamp, signum, copysign, degrees/radians, Euclidean division, mul_add, max/min with
// NaN, total_cmp sorting, powi/powf/hypot/exp2/log/cbrt; then clamp with a NaN bound, whose
// assertion panics inside core (located there, as rustc's is).
fn main() {
    let xs = [1.5f64, -2.25, 0.0, -0.0, f64::NAN, f64::INFINITY, 1e-310, 7.0];
    for &x in &xs {
        println!("{} {} {} {} {} {}", x.clamp(-1.0, 1.0), x.signum(), x.copysign(-1.0), x.to_degrees(), x.to_radians(), x.is_sign_negative());
        println!("  {} {} {} {} {:?}", x.rem_euclid(3.0), x.div_euclid(-3.0), x.mul_add(2.0, 0.1), x.max(0.5), x.total_cmp(&0.0));
        println!("  {} {} {} {} {}", x.min(f64::NAN), x.abs(), x.powi(3), x.powf(0.5), x.hypot(3.0));
        println!("  {} {} {}", x.exp2(), x.log(3.0), x.cbrt());
    }
    let mut v = vec![2.0f32, -0.0, 0.0, f32::NAN, -1.0, f32::NEG_INFINITY];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    println!("{} {}", f32::EPSILON, std::f64::consts::PI as f32);
    println!("{}", 5.5f32.clamp(f32::NAN, 1.0));
}
