use std::cell::RefCell;
use std::rc::Rc;

// One Vec, three owners. The heap block holds the
// counts, the RefCell's borrow flag, then the Vec.
fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let a = Rc::clone(&shared);
    let b = Rc::clone(&shared);
    a.borrow_mut().push(3);
    {
        let reader = b.borrow();
        println!("{} readers, first {}", Rc::strong_count(&shared), reader[0]);
    }
    drop(a);
    println!("{:?}, {} owners left", shared.borrow(), Rc::strong_count(&shared));
}
