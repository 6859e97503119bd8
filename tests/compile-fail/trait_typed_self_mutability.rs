// Rejects: a trait method taking `self: &Self` implemented with `&mut self` (E0053; fuzz seed 53).
trait Counter {
    fn count(self: &Self) -> u32;
}

struct Clicks(u32);

impl Counter for Clicks {
    fn count(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn main() {
    let mut c = Clicks(0);
    println!("{}", c.count());
}
