// powi in a debug build is compiler-rt's square-and-multiply, rounded at each product: its last
// digits differ from the correctly rounded power (found by the fuzzer: 3.0f64.powi(255)).
fn at(n: i32) -> i32 {
    n
}

fn main() {
    println!("{} {} {}", 2.0f64.sqrt(), 3.0f64.powi(at(0xff)), 2.0f64.powf(0.5));
    for n in [0, 1, 2, 3, 7, 10, 31, 100, -1, -3, -7, i32::MAX, i32::MIN] {
        println!("{n}: {} {} {}", 1.1f64.powi(at(n)), 1.1f32.powi(at(n)), (-0.7f64).powi(at(n)));
    }
    println!("{} {}", 0.0f64.powi(at(-1)), f64::NAN.powi(at(0)));
}
