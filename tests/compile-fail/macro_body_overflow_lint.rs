// Rejects: rustc's arithmetic_overflow lint on a macro's own code, `$a * 2`, is reported where
// the macro's definition writes it, with the invocation.
macro_rules! double {
    ($a:ident) => {
        $a * 2
    };
}
fn main() {
    let m: u8 = 200;
    println!("{}", double!(m));
}
