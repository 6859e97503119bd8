// Checks: traits with associated functions (no self), calling via T::name() and fully-qualified syntax.
trait Animal {
    fn baby_name() -> String;
    fn sound(&self) -> String;
}

struct Dog;

impl Dog {
    fn baby_name() -> String {
        String::from("Spot")
    }
}

impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
    fn sound(&self) -> String {
        "woof".into()
    }
}

struct Cat;
impl Animal for Cat {
    fn baby_name() -> String {
        "kitten".into()
    }
    fn sound(&self) -> String {
        "meow".into()
    }
}

fn intro<T: Animal>(a: &T) -> String {
    format!("a {} says {}", T::baby_name(), a.sound())
}

trait Pilot {
    fn fly(&self) -> &str;
}
trait Wizard {
    fn fly(&self) -> &str;
}
struct Human;
impl Pilot for Human {
    fn fly(&self) -> &str { "This is your captain speaking." }
}
impl Wizard for Human {
    fn fly(&self) -> &str { "Up!" }
}
impl Human {
    fn fly(&self) -> &str { "*waving arms furiously*" }
}

fn main() {
    println!("A baby dog is called a {}", Dog::baby_name());
    println!("A baby dog is called a {}", <Dog as Animal>::baby_name());
    println!("{}", intro(&Dog));
    println!("{}", intro(&Cat));
    let h = Human;
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", Wizard::fly(&h));
    println!("{}", <Human as Pilot>::fly(&h));
}
