// rustc promotes `&(a / b)` to a `'static` value when the divisor is a literal that cannot make
// the division panic (not 0, and not -1 for a signed dividend that might be `MIN`); `/` of floats
// always. Such a borrow outlives the function's frame.
fn quotient(big: bool) -> &'static u64 {
    if big { &(1 << 40) } else { &(3 / 7) }
}

fn remainder() -> &'static i32 {
    &(-17 % 5)
}

fn signed_by_minus_one() -> &'static i64 {
    &(40 / -1)
}

fn halves() -> &'static f64 {
    &(1.0 / 0.0)
}

fn main() {
    println!("{} {}", quotient(true), quotient(false));
    println!("{}", remainder());
    println!("{}", signed_by_minus_one());
    println!("{}", halves());
}
