// A Ref gives its RefCell the borrow back when it is dropped: a Ref dropped after its RefCell
// uses a dangling borrow, even if the Ref itself is never read again (E0597; fuzz seed 53).
use std::cell::RefCell;

fn main() {
    let r;
    {
        let cell = RefCell::new(String::from("short"));
        r = cell.borrow();
    }
}
