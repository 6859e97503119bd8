// Rejects: a `bool` cast to a float (E0606), though `true as u8` is fine.
fn main() {
    let b = true;
    println!("{}", b as u8);
    println!("{}", b as f32);
}
