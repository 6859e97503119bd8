// Rejects: an enum declaring a variant twice (E0428).
enum E {
    A,
    B(i32),
    A,
}

fn main() {}
