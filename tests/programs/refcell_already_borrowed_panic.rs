// Checks: borrow_mut while a shared borrow is alive panics with RefCell's exact "already borrowed" message.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2, 3]);
    {
        let mut w = c.borrow_mut();
        w.push(4);
    }
    println!("{:?}", c.borrow());
    let r = c.borrow();
    println!("reading {}", r.len());
    let mut w = c.borrow_mut();
    w.push(5);
    println!("unreachable {}", r.len());
}
