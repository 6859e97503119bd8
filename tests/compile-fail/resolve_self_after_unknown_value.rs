// Rejects: rustc's resolver reports the names it cannot find in source order: the unknown
// value in the impl's method (E0425) before `self` in a function without one (E0424).
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += step;
    }
}

fn report(c: &Counter) -> u32 {
    self.hits + c.hits
}

fn main() {
    let mut c = Counter { hits: 0 };
    c.bump();
    println!("{}", report(&c));
}
