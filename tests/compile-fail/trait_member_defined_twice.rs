trait Speak {
    fn speak(&self) -> String;
    const LOUD: bool;
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
    const LOUD: bool = true;
}

fn main() {
    println!("{}", Dog.speak());
}
