// A Ref borrows its RefCell: it cannot outlive it (E0597).
use std::cell::RefCell;

fn main() {
    let r;
    {
        let cell = RefCell::new(String::from("short"));
        r = cell.borrow();
    }
    println!("{}", r);
}
