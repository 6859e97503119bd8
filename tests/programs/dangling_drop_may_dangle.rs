// A Vec of references may outlive what they point to, as long as nothing reads them: std's
// Vec drop is #[may_dangle]. A Ref dropped before its RefCell is fine too.
use std::cell::RefCell;

fn main() {
    let v;
    {
        let s = String::from("short");
        v = vec![&s];
        println!("{}", v.len());
    }
    let cell = RefCell::new(5i32);
    {
        let r = cell.borrow();
        println!("{}", *r);
    }
    println!("{}", cell.borrow_mut().abs());
}
