// Rejects (E0424): `self` a macro's own tokens write is not the method's `self` parameter
// (hygiene): a method passes `self` to a macro as an argument.
struct S {
    a: i32,
}
macro_rules! get_a {
    () => {
        self.a
    };
}
impl S {
    fn get(&self) -> i32 {
        get_a!()
    }
}
fn main() {
    println!("{}", S { a: 1 }.get());
}
