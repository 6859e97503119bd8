// Checks: unwrap() on an Err panics with "called `Result::unwrap()` on an `Err` value: <Debug of error>".
fn parse(s: &str) -> Result<u8, std::num::ParseIntError> {
    s.parse::<u8>()
}

fn main() {
    println!("{}", parse("200").unwrap());
    println!("{:?}", parse("300"));
    let n = parse("300").unwrap();
    println!("{}", n);
}
