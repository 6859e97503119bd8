// Checks: a program's own `type Result<T>` alias over std's Result (the common error-handling idiom), and an alias of a nested Vec.
use std::fmt;

#[derive(Debug)]
enum MyError {
    Bad(String),
}

impl fmt::Display for MyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            MyError::Bad(s) => write!(f, "bad: {}", s),
        }
    }
}

type Result<T> = std::result::Result<T, MyError>;
type Grid = Vec<Vec<u8>>;

fn parse(s: &str) -> Result<i32> {
    s.parse::<i32>().map_err(|_| MyError::Bad(s.to_string()))
}

fn make(n: usize) -> Grid {
    vec![vec![0; n]; n]
}

fn main() {
    println!("{:?} {:?}", parse("12"), parse("x"));
    match parse("y") {
        Ok(v) => println!("{}", v),
        Err(e) => println!("{}", e),
    }
    let g = make(2);
    println!("{:?} {}", g, g.len());
}
