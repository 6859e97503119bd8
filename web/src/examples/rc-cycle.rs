use std::cell::RefCell;
use std::rc::Rc;

// a and b own each other: when main ends, each
// strong count drops to 1, never to 0. A leak.
struct Node {
    value: i32,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    let a = Rc::new(Node { value: 1, next: RefCell::new(None) });
    let b = Rc::new(Node { value: 2, next: RefCell::new(Some(Rc::clone(&a))) });
    println!("a: strong {}, b: strong {}", Rc::strong_count(&a), Rc::strong_count(&b));
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a: strong {}, b: strong {}", Rc::strong_count(&a), Rc::strong_count(&b));
    println!("sum {}", a.value + b.value);
}
