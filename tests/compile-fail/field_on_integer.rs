// Checks: a field on an integer whose type is not yet known.
fn main() {
    let count = 5;
    println!("{}", count.value);
}
