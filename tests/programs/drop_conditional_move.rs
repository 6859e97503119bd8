// Checks: drop flags: a value moved on one branch only is dropped at scope end only if it was not moved.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn run(flag: bool) {
    let x = Noisy(if flag { "x-true" } else { "x-false" });
    if flag {
        consume(x);
    }
    println!("end of run({})", flag);
}

fn main() {
    run(true);
    run(false);
    let mut slot = Some(Noisy("slot"));
    if let Some(n) = slot.take() {
        println!("took {}", n.0);
    }
    println!("slot is none: {}", slot.is_none());
}
