// std's parse errors and fmt::Error as values: Display, Debug, kind(), and as Box<dyn Error>
// through `?`, with `source()` None.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

fn sum(a: &str, b: &str) -> Result<i64, ParseIntError> {
    Ok(a.parse::<i64>()? + b.parse::<i64>()?)
}

fn any(a: &str, f: &str) -> Result<f64, Box<dyn Error>> {
    let x: i32 = a.parse()?;
    let y: f64 = f.parse()?;
    let z: bool = "true".parse()?;
    Ok(if z { x as f64 + y } else { y })
}

fn main() {
    match sum("12", "4x") {
        Ok(v) => println!("sum {}", v),
        Err(e) => {
            println!("display: {}", e);
            println!("debug: {:?}", e);
            println!("kind: {:?}", e.kind());
            println!("source none: {}", e.source().is_none());
        }
    }
    let empty = "".parse::<u8>().unwrap_err();
    println!("{} / {:?}", empty, empty);
    let big = "300".parse::<u8>().unwrap_err();
    println!("{} / {:?}", big, big);
    let bad_float = "1.2.3".parse::<f64>().unwrap_err();
    println!("{} / {:?}", bad_float, bad_float);
    for (a, f) in [("3", "0.5"), ("q", "1"), ("2", "x")] {
        match any(a, f) {
            Ok(v) => println!("any {}", v),
            Err(e) => println!("any failed: {} ({:?})", e, e),
        }
    }
    let fe = fmt::Error;
    println!("fmt: {} / {:?}", fe, fe);
    let boxed: Box<dyn Error> = Box::new(fmt::Error);
    println!("boxed fmt: {}", boxed);
}
