// As with `Saturating`: the expected type does not reach the operands of an overloaded `+`.
use std::num::Wrapping;

fn main() {
    let small: Wrapping<u8> = Wrapping(250) * Wrapping(3);
    println!("{}", small);
}
