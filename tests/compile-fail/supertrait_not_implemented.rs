// Rejects: implementing a trait for a type that lacks its supertrait (E0277).
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) {
        println!("hi {}", self.name());
    }
}

struct P;

impl Greeter for P {}

fn main() {
    P.greet();
}
