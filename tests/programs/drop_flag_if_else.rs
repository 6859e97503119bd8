// Checks: drop flags: a value moved on either branch of if/else, or on neither, drops exactly once.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn keep(n: Noisy) -> Noisy {
    println!("keep {}", n.0);
    n
}

fn run(n: u32) {
    let a = Noisy("a");
    let b = Noisy("b");
    let kept;
    if n == 0 {
        kept = keep(a);
    } else if n == 1 {
        kept = keep(b);
    } else {
        kept = Noisy("fresh");
    }
    println!("run({}) kept {}", n, kept.0);
}

fn main() {
    run(0);
    println!("---");
    run(1);
    println!("---");
    run(2);
}
