// Checks: edition 2024 drops a function's tail-expression temporaries before its locals.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn size(&self) -> usize {
        self.0.len()
    }
}

fn measure() -> usize {
    let _guard = Noisy("guard");
    let _second = Noisy("second guard");
    Noisy("temporary").size() + Noisy("other temporary").size()
}

fn main() {
    let n = measure();
    println!("measured {}", n);
}
