// The RefMut guard must itself be mutable to write through it: E0596.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let guard = cell.borrow_mut();
    guard.push(2);
    println!("{:?}", cell);
}
