// Rejects: `Send` is an unsafe trait, so its impl must be `unsafe impl` (E0200).
struct Handle {
    raw: *mut u8,
}

impl Send for Handle {}

fn main() {
    let mut x = 0u8;
    let h = Handle { raw: &mut x };
    println!("{}", h.raw.is_null());
}
