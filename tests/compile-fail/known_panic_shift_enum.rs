// A shift by a variant's discriminant past the type's width.
#[derive(Clone, Copy)]
enum Width {
    Narrow = 8,
    Wide = 64,
}

fn main() {
    println!("{}", 1u64 << Width::Narrow as u32);
    println!("{}", 1u64 >> Width::Wide as u32);
}
