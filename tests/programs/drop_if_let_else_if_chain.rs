// Checks: edition 2024: in an `if let ... else if let ...` chain each scrutinee temporary drops before the next test.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn divides(&self, d: u32) -> Option<u32> {
        if self.0 % d == 0 { Some(self.0 / d) } else { None }
    }
}

fn classify(n: u32) {
    if let Some(q) = Noisy(n).divides(2) {
        println!("{} = 2 * {}", n, q);
    } else if let Some(q) = Noisy(n + 100).divides(3) {
        println!("{} = 3 * {}", n + 100, q);
    } else {
        println!("neither for {}", n);
    }
}

fn main() {
    classify(4);
    classify(5);
    classify(7);
}
