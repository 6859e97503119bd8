// `FromStr` for a program's types: `s.parse::<T>()`, `T::from_str`, and generic code bounded by
// `FromStr` over std's types and the program's alike.
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum PointError {
    Missing,
    Bad(ParseIntError),
}

impl From<ParseIntError> for PointError {
    fn from(e: ParseIntError) -> Self {
        PointError::Bad(e)
    }
}

impl FromStr for Point {
    type Err = PointError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.split_once(',').ok_or(PointError::Missing)?;
        let x = a.trim().parse()?;
        let y = b.trim().parse()?;
        Ok(Point { x, y })
    }
}

#[derive(Debug)]
enum Op {
    Push(i64),
    Pop,
}

impl FromStr for Op {
    type Err = String;

    fn from_str(s: &str) -> Result<Op, String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        match words.as_slice() {
            ["push", n] => n.parse().map(Op::Push).map_err(|e: ParseIntError| e.to_string()),
            ["pop"] => Ok(Op::Pop),
            _ => Err(format!("bad op {:?}", s)),
        }
    }
}

fn parse_all<T: FromStr>(items: &[&str]) -> Vec<Option<T>> {
    items.iter().map(|s| s.parse().ok()).collect()
}

fn parse_or<T>(s: &str, fallback: T) -> T
where
    T: FromStr,
{
    s.parse::<T>().unwrap_or(fallback)
}

fn main() {
    println!("{:?}", "1, 2".parse::<Point>());
    println!("{:?}", "12".parse::<Point>());
    let p: Result<Point, _> = "3,x".parse();
    println!("{:?}", p);
    println!("{:?}", Point::from_str("5,6"));
    let v: Vec<Option<Point>> = parse_all(&["1,1", "q"]);
    println!("{:?}", v);
    let w: Vec<Option<i32>> = parse_all(&["1", "q"]);
    println!("{:?}", w);
    println!("{} {:?}", parse_or("9", 0u8), parse_or("zz", Point { x: 0, y: 0 }));
    let ops: Result<Vec<Op>, String> = ["push 3", "pop", "push 4"].iter().map(|s| s.parse()).collect();
    println!("{:?}", ops);
    let bad: Result<Vec<Op>, String> = "push 1;jump;pop".split(';').map(str::parse).collect();
    println!("{:?}", bad);
    println!("{:?}", "push x".parse::<Op>());
}
