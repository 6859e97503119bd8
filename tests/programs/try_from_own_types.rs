// A program's own `TryFrom` impls: called by path, through `try_into`, with `?` and with the
// error type the impl names.
use std::convert::TryFrom;
use std::fmt;

#[derive(Debug)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;

    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v))
        } else {
            Err(format!("{} is odd", v))
        }
    }
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum Color {
    Red,
    Green,
}

#[derive(Debug)]
struct UnknownColor(String);

impl fmt::Display for UnknownColor {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "unknown color {:?}", self.0)
    }
}

impl std::error::Error for UnknownColor {}

impl TryFrom<&str> for Color {
    type Error = UnknownColor;

    fn try_from(s: &str) -> Result<Color, UnknownColor> {
        match s {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            _ => Err(UnknownColor(s.to_string())),
        }
    }
}

fn parse_all(names: &[&str]) -> Result<Vec<Color>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for n in names {
        out.push(Color::try_from(*n)?);
    }
    Ok(out)
}

fn halve<T: TryInto<Even>>(x: T) -> Option<u32> {
    x.try_into().ok().map(|e| e.0 / 2)
}

fn main() {
    println!("{:?} {:?}", Even::try_from(8), Even::try_from(5));
    let r: Result<Even, _> = 4u32.try_into();
    println!("{:?}", r);
    let c: Result<Color, UnknownColor> = "red".try_into();
    println!("{:?}", c);
    println!("{:?}", Color::try_from("blue"));
    println!("{:?}", parse_all(&["green", "red"]).map(|v| v.len()).ok());
    match parse_all(&["red", "mauve"]) {
        Ok(v) => println!("{:?}", v),
        Err(e) => println!("error: {}", e),
    }
    println!("{:?} {:?}", halve(10u32), halve(3u32));
}
