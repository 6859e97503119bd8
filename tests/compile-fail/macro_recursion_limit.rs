// Rejects: a macro that always expands to another call of itself reaches rustc's recursion limit
// (128), reported at the invocation in its own body.
macro_rules! forever {
    ($x:expr) => {
        forever!($x + 1)
    };
}
fn main() {
    println!("{}", forever!(0));
}
