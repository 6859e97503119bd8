// Rejects: an implicit discriminant past `isize::MAX`, the default (E0370).
enum E {
    A = 9223372036854775807,
    B,
}

fn main() {
    let _ = E::A;
}
