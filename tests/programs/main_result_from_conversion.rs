// main returns Result<(), AppError>: `?` converts through From, the Err is printed with
// `Error: {e:?}` on stderr (exit code 1), and the error value is dropped after it is reported.
use std::fmt;

struct AppError {
    context: String,
    code: u8,
}

impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "AppError({}, code {})", self.context, self.code)
    }
}

impl Drop for AppError {
    fn drop(&mut self) {
        println!("dropping error {}", self.code);
    }
}

#[derive(Debug)]
struct LimitExceeded(u32);

impl From<LimitExceeded> for AppError {
    fn from(e: LimitExceeded) -> Self {
        AppError { context: format!("limit {}", e.0), code: 7 }
    }
}

fn check(n: u32) -> Result<u32, LimitExceeded> {
    if n > 10 { Err(LimitExceeded(n)) } else { Ok(n * 3) }
}

fn main() -> Result<(), AppError> {
    let names = vec![String::from("a"), String::from("b")];
    for n in [2, 5, 12, 4] {
        let v = check(n)?;
        println!("{} -> {} ({} names)", n, v, names.len());
    }
    println!("not reached");
    Ok(())
}
