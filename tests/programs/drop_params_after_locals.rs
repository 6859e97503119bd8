// Checks: a function's parameters drop after its body's locals, and in reverse order of declaration.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take_two(a: Noisy, b: Noisy) {
    let _local = Noisy("local");
    println!("inside take_two({}, {})", a.0, b.0);
}

fn take_and_shadow(a: Noisy) {
    let a = Noisy("shadowing local");
    println!("inside take_and_shadow: {}", a.0);
}

fn main() {
    take_two(Noisy("param a"), Noisy("param b"));
    println!("---");
    take_and_shadow(Noisy("param"));
    println!("main ends");
}
