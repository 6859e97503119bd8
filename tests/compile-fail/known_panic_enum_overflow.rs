// A `#[repr(u8)]` discriminant cast to `i8` wraps; doubling the constant overflows.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Byte {
    Top = 255,
    Low = 100,
}

fn main() {
    println!("{}", Byte::Top as i8);
    println!("{}", (Byte::Low as i8) * 2);
}
