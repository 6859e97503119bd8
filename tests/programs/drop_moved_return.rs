// Checks: a value returned from a function is not dropped there; the caller's binding drops it.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn build(name: &'static str) -> Noisy {
    let _helper = Noisy("helper");
    let result = Noisy(name);
    println!("build returns {}", name);
    result
}

fn choose(a: Noisy, b: Noisy, first: bool) -> Noisy {
    if first { a } else { b }
}

fn main() {
    let x = build("x");
    println!("got {}", x.0);
    let c = choose(Noisy("one"), Noisy("two"), false);
    println!("chose {}", c.0);
    println!("end of main");
}
