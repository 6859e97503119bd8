// Checks: mem::forget takes a value without running its Drop; the others still drop in order.
use std::mem;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = Noisy("c");
    mem::forget(b);
    println!("forgot b");
    let v = vec![Noisy("v0"), Noisy("v1")];
    mem::forget(v);
    println!("forgot the vec");
    println!("end of main with {} and {}", a.0, c.0);
}
