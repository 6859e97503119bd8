// Rejects: an integer literal passed for an f32 parameter (E0308).
fn half(x: f32) -> f32 {
    x / 2.0
}

fn main() {
    println!("{}", half(3));
}
