// Checks: parse::<T>() successes and the Display/Debug forms of ParseIntError and ParseFloatError.
fn main() {
    let inputs = ["42", "-17", "+8", " 5", "abc", "", "99999999999", "3.5"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", s, n),
            Err(e) => println!("{:?} -> Err({}) / {:?}", s, e, e),
        }
    }
    let u: Result<u8, _> = "256".parse();
    println!("{:?}", u);
    let neg: Result<u32, _> = "-1".parse::<u32>();
    println!("{:?}", neg);
    for s in ["3.25", "1e3", "inf", "-0.0", "x1.0", "NaN"] {
        match s.parse::<f64>() {
            Ok(f) => println!("{} -> {}", s, f),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
    let b: bool = "true".parse().unwrap();
    let c: char = "z".parse().unwrap();
    println!("{} {}", b, c);
    println!("{:?}", "yes".parse::<bool>().is_err());
}
