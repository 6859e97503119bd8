// Checks: a book-style Fahrenheit/Celsius conversion table using f64 arithmetic and aligned formatted output.
fn to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn to_fahrenheit(c: f64) -> f64 {
    c * 1.8 + 32.0
}

fn main() {
    println!("{:>6} {:>8}", "F", "C");
    let mut f = -40.0;
    while f <= 220.0 {
        println!("{:>6.1} {:>8.2}", f, to_celsius(f));
        f += 37.5;
    }
    for c in [-273.15, 0.0, 36.6, 100.0] {
        println!("{}C = {}F", c, to_fahrenheit(c));
    }
    let avg = [to_celsius(50.0), to_celsius(68.0), to_celsius(86.0)].iter().sum::<f64>() / 3.0;
    println!("avg {}", avg);
}
