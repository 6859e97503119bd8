// The `Ok` type of `main`'s `Result` must itself implement `Termination`.
fn main() -> Result<i32, String> {
    Ok(42)
}
