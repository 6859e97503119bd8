// Rejects: the same through a trait with an associated const, returning a String (E0790).
trait Named {
    const N: i32;
    fn name() -> String;
}

impl Named for u8 {
    const N: i32 = 1;
    fn name() -> String {
        String::from("u8")
    }
}

fn main() {
    println!("{}", Named::name());
}
