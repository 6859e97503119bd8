// Rejects: a struct declaring a field twice (E0124).
struct P {
    x: i32,
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
