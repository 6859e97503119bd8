// main returns Result<(), Box<dyn Error>>: &str and String errors convert into Box<dyn Error>
// (std's private StringError, one allocation for the box), printed with {} and {:?}; main's
// Err is reported as `Error: ` and its Debug, exit code 1.
use std::error::Error;

fn parse_positive(s: &str) -> Result<i32, Box<dyn Error>> {
    if s.is_empty() {
        return Err("empty input".into());
    }
    let n: i32 = s.len() as i32;
    if n > 3 {
        return Err(format!("too long: {}", s).into());
    }
    Ok(n)
}

fn wrapped(s: &str) -> Result<i32, Box<dyn Error + Send + Sync>> {
    if s == "x" {
        return Err(Box::from("shared failure"));
    }
    Ok(1)
}

fn main() -> Result<(), Box<dyn Error>> {
    for s in ["ab", "", "abcdef"] {
        match parse_positive(s) {
            Ok(n) => println!("{} -> {}", s, n),
            Err(e) => println!("{:?} failed: {} / {:?}", s, e, e),
        }
    }
    if let Err(e) = wrapped("x") {
        println!("wrapped: {}", e);
    }
    let total = parse_positive("abc")? + parse_positive("a")?;
    println!("total {}", total);
    parse_positive("quoted \"text\" here")?;
    println!("not reached");
    Ok(())
}
