// Checks: struct update from a temporary base: its unused fields drop at the end of the statement.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: Noisy,
    b: Noisy,
}

fn defaults() -> Pair {
    Pair { a: Noisy("default a"), b: Noisy("default b") }
}

fn main() {
    let p = Pair { a: Noisy("own a"), ..defaults() };
    println!("p = ({}, {})", p.a.0, p.b.0);
    println!("end of main");
}
