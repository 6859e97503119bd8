// Rc gives shared access only: assigning through it is E0594.
use std::rc::Rc;

fn main() {
    let counter = Rc::new(5);
    *counter = 6;
    println!("{}", counter);
}
