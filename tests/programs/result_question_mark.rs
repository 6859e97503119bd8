// Checks: the ? operator on Result with a custom error enum, From conversion, and propagation through layers.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    TooBig { value: i64, max: i64 },
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "{} is negative", n),
            AppError::TooBig { value, max } => write!(f, "{} exceeds {}", value, max),
        }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn parse_checked(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    if n > 1000 {
        return Err(AppError::TooBig { value: n, max: 1000 });
    }
    Ok(n)
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut t = 0;
    for s in items {
        t += parse_checked(s)?;
    }
    Ok(t)
}

fn main() {
    for s in ["12", " 7 ", "-3", "5000", "x"] {
        match parse_checked(s) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("err: {} / {:?}", e, e),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).map_err(|e| e.to_string()));
    println!("{:?}", sum_all(&["1", "oops", "-3"]).map_err(|e| e.to_string()));
}
