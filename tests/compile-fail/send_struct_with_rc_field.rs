// Rejects: a struct is `Send` only if its fields are; this one holds an `Rc` (E0277).
use std::rc::Rc;

struct Node {
    label: String,
    parent: Option<Rc<Node>>,
}

fn need_send<T: Send>(_: T) {}

fn main() {
    let root = Node { label: String::from("root"), parent: None };
    println!("{}", root.label);
    need_send(root);
}
