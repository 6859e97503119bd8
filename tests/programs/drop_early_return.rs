// Checks: `return` drops the locals declared so far, in reverse order, and nothing declared later.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(n: u32) -> u32 {
    let _a = Noisy("a");
    if n == 0 {
        println!("returning early");
        return 0;
    }
    let _b = Noisy("b");
    if n == 1 {
        let _inner = Noisy("inner");
        println!("returning from the inner block");
        return 1;
    }
    let _c = Noisy("c");
    println!("returning at the end");
    n
}

fn main() {
    println!("check(0) = {}", check(0));
    println!("check(1) = {}", check(1));
    println!("check(2) = {}", check(2));
}
