// Checks: `Self` outside an impl.
fn make() -> i32 {
    Self::default()
}

fn main() {
    println!("{}", make());
}
