// Checks: borrow() while a mutable borrow is alive panics with RefCell's exact "already mutably borrowed" message.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    val: i32,
    log: Rc<RefCell<Vec<String>>>,
}

impl Node {
    fn record(&self) {
        let mut l = self.log.borrow_mut();
        l.push(format!("val {}", self.val));
        println!("log has {} entries", self.log.borrow().len());
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let n = Node { val: 7, log: Rc::clone(&log) };
    println!("rc count {}", Rc::strong_count(&log));
    n.record();
}
