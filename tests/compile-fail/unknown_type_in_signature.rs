// Checks: an unknown type in a signature (E0425 since rustc 1.9x).
fn area(s: Shape) -> i32 {
    0
}

fn main() {
    println!("{}", area(3));
}
