// Checks: temporaries inside println! arguments drop after the line is printed.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn make(name: &'static str) -> Noisy {
    Noisy(name)
}

fn main() {
    println!("one: {}", make("one").name());
    println!("two: {} {}", make("a").name(), make("b").name());
    let s = format!("{}-{}", make("x").name(), make("y").name());
    println!("formatted {}", s);
}
