// Rejects: an enum is `Send` only if every variant's fields are (E0277).
use std::rc::Rc;

enum Shape {
    Empty,
    Shared(Rc<String>),
}

fn need_send<T: Send>(_: T) {}

fn main() {
    let s = Shape::Shared(Rc::new(String::from("x")));
    if let Shape::Empty = s {
        println!("empty");
    }
    need_send(s);
}
