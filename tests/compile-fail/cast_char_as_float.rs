// Rejects: a `char` cast to a float (E0606): `as` takes a `char` (or a `bool`) to the integer
// types only.
fn main() {
    let c = ' ';
    println!("{}", c as u32);
    println!("{}", c as f64);
}
