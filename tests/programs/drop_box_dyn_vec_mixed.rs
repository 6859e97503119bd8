// Checks: a Vec<Box<dyn Trait>> drops each boxed value with its own type's Drop, in order, then its fields.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog(&'static str);
struct Cat {
    name: &'static str,
    toy: Toy,
}
struct Toy(&'static str);

impl Speak for Dog {
    fn speak(&self) -> String {
        format!("{} says woof", self.0)
    }
}
impl Speak for Cat {
    fn speak(&self) -> String {
        format!("{} says meow", self.name)
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("drop dog {}", self.0);
    }
}
impl Drop for Cat {
    fn drop(&mut self) {
        println!("drop cat {}", self.name);
    }
}
impl Drop for Toy {
    fn drop(&mut self) {
        println!("drop toy {}", self.0);
    }
}

fn main() {
    let pets: Vec<Box<dyn Speak>> = vec![
        Box::new(Cat { name: "Tom", toy: Toy("ball") }),
        Box::new(Dog("Rex")),
        Box::new(Cat { name: "Kit", toy: Toy("mouse") }),
    ];
    for p in pets.iter() {
        println!("{}", p.speak());
    }
    println!("end of main");
}
