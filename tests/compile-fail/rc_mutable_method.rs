// A `&mut self` method through an Rc needs DerefMut, which Rc does not have: E0596.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    shared.push(4);
    println!("{:?}", shared);
}
