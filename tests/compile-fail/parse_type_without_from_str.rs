struct Celsius(f64);

fn main() {
    let c: Celsius = "21.5".parse().unwrap();
    println!("{}", c.0);
}
