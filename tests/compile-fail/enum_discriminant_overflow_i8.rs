// Rejects: an implicit discriminant past `i8::MAX`, two variants after the explicit one (E0370).
#[repr(i8)]
enum E {
    A = 126,
    B,
    C,
}

fn main() {
    let _ = E::B;
}
