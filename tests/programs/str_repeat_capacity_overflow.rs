// str::repeat: an empty string repeated any number of times, and a length that overflows
// (std panics with "capacity overflow" at its own line, not the caller's).
fn main() {
    println!("{}", "ab".repeat(3));
    println!("{}", "".repeat(usize::MAX).len());
    println!("{}", "abc".repeat(9223372036854775807));
}
