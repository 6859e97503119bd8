// Checks: a method returning a reference into self, used before the next mutation.
struct Wrapper {
    s: String,
}

impl Wrapper {
    fn get(&self) -> &str {
        &self.s
    }
    fn add(&mut self, t: &str) {
        self.s.push_str(t);
    }
}

fn main() {
    let mut w = Wrapper { s: String::from("a") };
    let g = w.get();
    println!("{}", g);
    w.add("b");
    let g2 = w.get().to_string();
    w.add(&g2);
    println!("{}", w.get());
}
