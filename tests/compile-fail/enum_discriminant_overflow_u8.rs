// Rejects: an implicit discriminant past `u8::MAX` (E0370).
#[repr(u8)]
enum E {
    A = 255,
    B,
}

fn main() {
    let _ = E::A;
}
