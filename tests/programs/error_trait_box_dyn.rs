// std::error::Error for a program's types: `source`, Box<dyn Error> (+ Send + Sync), `?`
// converting through From, and printing a Box<dyn Error> with {} and {:?}.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct LowLevel {
    code: u32,
}

impl fmt::Display for LowLevel {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "low-level failure {}", self.code)
    }
}

impl Error for LowLevel {}

#[derive(Debug)]
struct HighLevel {
    what: String,
    cause: LowLevel,
}

impl fmt::Display for HighLevel {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "could not {}", self.what)
    }
}

impl Error for HighLevel {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

impl Drop for HighLevel {
    fn drop(&mut self) {
        println!("drop HighLevel {}", self.what);
    }
}

fn low(n: u32) -> Result<u32, LowLevel> {
    if n > 3 { Err(LowLevel { code: n }) } else { Ok(n * 2) }
}

fn run(n: u32) -> Result<u32, Box<dyn Error>> {
    let v = low(n)?;
    if v == 4 {
        return Err(Box::new(HighLevel { what: String::from("save"), cause: LowLevel { code: 9 } }));
    }
    Ok(v + 1)
}

fn shared(n: u32) -> Result<u32, Box<dyn Error + Send + Sync>> {
    let v = low(n)?;
    Ok(v)
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    while let Some(s) = cur {
        println!("  caused by: {}", s);
        cur = s.source();
    }
}

fn main() {
    for n in [1, 2, 5] {
        match run(n) {
            Ok(v) => println!("ok {}", v),
            Err(e) => {
                println!("display: {}", e);
                println!("debug: {:?}", e);
                report(&*e);
            }
        }
    }
    match shared(7) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("shared: {} / {:?}", e, e),
    }
    let boxed: Box<dyn Error> = Box::new(LowLevel { code: 1 });
    println!("source is none: {}", boxed.source().is_none());
}
