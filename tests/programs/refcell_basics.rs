// Checks: RefCell borrow/borrow_mut, Rc<RefCell<T>> shared mutation, and Cell get/set.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: RefCell<i64>,
    ops: Cell<u32>,
}

impl Account {
    fn deposit(&self, n: i64) {
        *self.balance.borrow_mut() += n;
        self.ops.set(self.ops.get() + 1);
    }
}

fn main() {
    let acc = Account { balance: RefCell::new(0), ops: Cell::new(0) };
    acc.deposit(50);
    acc.deposit(-20);
    println!("{} {}", acc.balance.borrow(), acc.ops.get());
    println!("{:?}", acc);
    let shared = Rc::new(RefCell::new(vec![1]));
    let a = Rc::clone(&shared);
    let b = Rc::clone(&shared);
    a.borrow_mut().push(2);
    b.borrow_mut().push(3);
    println!("{:?} len {}", shared.borrow(), shared.borrow().len());
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two readers: {} {}", r1[0], r2[2]);
    }
    println!("{:?}", shared.try_borrow_mut().is_ok());
    let r = shared.borrow();
    println!("{:?}", shared.try_borrow_mut().is_err());
    drop(r);
    let old = shared.replace(vec![9]);
    println!("{:?} {:?}", old, shared);
}
