// Checks: shadowed bindings inside a loop body drop at the end of each iteration, newest first.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    for i in 1..=2 {
        let n = Noisy(i * 10);
        let n = Noisy(n.0 + 1);
        println!("iteration {} has {}", i, n.0);
    }
    println!("loop done");
}
