// Rejects: calling a setter while the getter's result is still used (E0502).
struct User {
    name: String,
}

impl User {
    fn name(&self) -> &str {
        &self.name
    }
    fn rename(&mut self, n: &str) {
        self.name = n.to_string();
    }
}

fn main() {
    let mut u = User { name: String::from("a") };
    let old = u.name();
    u.rename("b");
    println!("{} -> {}", old, u.name());
}
