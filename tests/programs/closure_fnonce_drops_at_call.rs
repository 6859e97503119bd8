// Checks: calling an `FnOnce` closure consumes it: what its body did not move out is dropped as
// the call returns, before the statements after it (not when its variable goes out of scope).
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Loud("a");
    let b = Loud("b");
    let f = move || {
        let taken = a;
        let kept = &b;
        println!("called with {} and {}", taken.0, kept.0);
    };
    println!("before");
    f();
    println!("after");
    let c = Loud("c");
    let g = || drop(c);
    g();
    println!("end");
}
