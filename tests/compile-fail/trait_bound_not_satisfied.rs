// Rejects: passing a type that does not implement the required trait to a generic fn (E0277).
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".into()
    }
}

fn talk<T: Speak>(t: &T) -> String {
    t.speak()
}

fn main() {
    println!("{}", talk(&Dog));
    println!("{}", talk(&Rock));
}
