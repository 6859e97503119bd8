// Rejects: a `&mut self` call while a field of self is borrowed (E0502).
struct Person {
    name: String,
    visits: u32,
}

impl Person {
    fn visit(&mut self) {
        self.visits += 1;
    }

    fn greet(&mut self) {
        let name = &self.name;
        self.visit();
        println!("hi {} ({})", name, self.visits);
    }
}

fn main() {
    let mut p = Person { name: String::from("ann"), visits: 0 };
    p.greet();
}
