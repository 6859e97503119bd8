// main returning Ok(()) exits with 0 and prints nothing more; a Result<(), &str> error type is
// Debug, so this compiles.
fn halve(n: i32) -> Result<i32, &'static str> {
    if n % 2 == 0 { Ok(n / 2) } else { Err("odd") }
}

fn main() -> Result<(), &'static str> {
    let mut n = 48;
    while n % 2 == 0 {
        n = halve(n)?;
        println!("{}", n);
    }
    Ok(())
}
