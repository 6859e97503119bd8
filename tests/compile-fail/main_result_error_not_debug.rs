// `main` may return `Result<(), E>` only when `E: Debug` (std prints `Error: {e:?}`).
struct ParseFailure {
    line: u32,
}

fn parse(line: u32) -> Result<u32, ParseFailure> {
    if line > 3 { Err(ParseFailure { line }) } else { Ok(line * 2) }
}

fn main() -> Result<(), ParseFailure> {
    let n = parse(2)?;
    println!("{}", n);
    Ok(())
}
