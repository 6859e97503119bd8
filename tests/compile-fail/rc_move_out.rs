// Moving a value out of an Rc is E0507.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("text"));
    let owned: String = *shared;
    println!("{}", owned);
}
