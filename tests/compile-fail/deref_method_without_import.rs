// Rejects: calling `deref` by name without `std::ops::Deref` in scope (E0599); the `*`
// operator needs no import, the method does.
use std::rc::Rc;

fn main() {
    let r = Rc::new(5);
    let v: &i32 = r.deref();
    println!("{}", v);
}
