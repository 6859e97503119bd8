// Checks: values copied out of a getter's result end the borrow before a setter runs.
struct User {
    name: String,
    age: u32,
}

impl User {
    fn name(&self) -> &str {
        &self.name
    }
    fn age(&self) -> &u32 {
        &self.age
    }
    fn birthday(&mut self) {
        self.age += 1;
    }
}

fn main() {
    let mut u = User { name: String::from("ann"), age: 30 };
    let age = *u.age();
    let len = u.name().len();
    u.birthday();
    println!("{} {} {} {}", age, len, u.name(), u.age());
}
