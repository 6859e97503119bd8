// Rc<str>::default() and Rc<[T]>::default(): std's impls for the unsized types (a block of the
// counts alone), chosen over the generic `impl<T: Default> Default for Rc<T>`.
use std::rc::Rc;

fn main() {
    let s: Rc<str> = Rc::default();
    let v: Rc<[u8]> = Default::default();
    let w: Rc<[String]> = Rc::default();
    let n: Rc<i32> = Rc::default();
    println!("[{}] {:?} {:?} {} {}", s, v, w, n, s.is_empty() && v.is_empty());
    let shared = Rc::clone(&s);
    println!("{} {}", Rc::strong_count(&shared), std::mem::size_of_val(&*shared));
}
