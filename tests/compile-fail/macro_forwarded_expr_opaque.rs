// Rejects: an `expr` fragment a macro passes on to another is one opaque expression, which no
// token of a matcher matches, not even the literal it was.
macro_rules! lit_only {
    (1) => {
        1
    };
}
macro_rules! fwd {
    ($e:expr) => {
        lit_only!($e)
    };
}
fn main() {
    println!("{}", fwd!(1));
}
