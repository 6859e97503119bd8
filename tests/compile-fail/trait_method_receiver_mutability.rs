// A trait's `&self` method implemented with `&mut self` is rustc's E0053.
trait Counter {
    fn count(&self) -> u32;
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
