// A C-style exit status is not a `Termination` type in Rust.
fn main() -> i32 {
    0
}
