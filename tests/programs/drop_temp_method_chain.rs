// Checks: each temporary in a method chain lives until the end of the statement, then they drop in reverse order of creation.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn next(&self) -> Noisy {
        println!("next after {}", self.0);
        Noisy(self.0 + 1)
    }
    fn value(&self) -> u32 {
        self.0
    }
}

fn main() {
    let v = Noisy(1).next().next().value();
    println!("v = {}", v);
    println!("printing {}", Noisy(10).next().value());
    println!("end");
}
