// Rejects: returning a slice of a local String (E0515).
fn first_two() -> &'static str {
    let s = String::from("abcdef");
    &s[0..2]
}

fn main() {
    println!("{}", first_two());
}
