// Rejects: an integer literal for an f64 field (E0308).
struct P {
    x: f64,
}

fn main() {
    let p = P { x: 3 };
    println!("{}", p.x);
}
