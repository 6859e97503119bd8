// Checks: `char::to_digit` with a radix out of 2..=36 panics inside core (not
// `#[track_caller]`), so the panic is located in core's char/methods.rs.
fn main() {
    println!("{:?}", 'f'.to_digit(16));
    println!("{:?}", '7'.to_digit(0));
}
