// Rejects: a closure capturing an `Rc` made a `Box<dyn Fn() + Send>` (E0277).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(5);
    let f: Box<dyn Fn() + Send> = Box::new(move || println!("{}", rc));
    f();
}
