// Rejects: calling a trait's associated function whose signature has no `Self` (E0790).
trait Make {
    fn make() -> i32;
}

impl Make for u8 {
    fn make() -> i32 {
        1
    }
}

fn main() {
    println!("{}", Make::make());
}
