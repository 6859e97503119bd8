// Checks: two Rc<RefCell<..>> nodes pointing at each other keep their strong counts at 2; nothing is dropped at the end (a leak).
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node { name: String::from("a"), next: RefCell::new(None) });
    let b = Rc::new(Node { name: String::from("b"), next: RefCell::new(Some(Rc::clone(&a))) });
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let c = Rc::new(Node { name: String::from("c"), next: RefCell::new(None) });
    println!("c strong = {}", Rc::strong_count(&c));
    println!("end of main: c is dropped, a and b are not");
}
