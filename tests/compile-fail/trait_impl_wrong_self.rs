// Rejects: an impl method taking `&mut self` where the trait's takes `&self` (E0053).
trait Speak {
    fn speak(&self, times: i32);
}

struct Dog;

impl Speak for Dog {
    fn speak(&mut self, times: i32) {
        println!("{}", times);
    }
}

fn main() {
    Dog.speak(1);
}
