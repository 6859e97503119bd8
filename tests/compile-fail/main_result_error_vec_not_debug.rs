// rustc names the innermost type that lacks `Debug`.
struct Problem;

fn main() -> Result<(), Vec<Problem>> {
    let problems: Vec<Problem> = Vec::new();
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}
