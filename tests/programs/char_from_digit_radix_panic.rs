// Checks: `char::from_digit` with a radix above 36 panics in core's char/convert.rs, where
// rustc's binary locates it.
fn main() {
    println!("{:?}", char::from_digit(11, 16));
    let radix = 30 + 7;
    println!("{:?}", char::from_digit(1, radix));
}
