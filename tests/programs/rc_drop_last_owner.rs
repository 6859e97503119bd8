// Checks: the value inside an Rc is dropped only when the last strong reference goes away.
use std::rc::Rc;

struct Res(&'static str);
impl Drop for Res {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Res("shared"));
    let b = Rc::clone(&a);
    let c = Rc::clone(&b);
    println!("count {}", Rc::strong_count(&a));
    drop(a);
    println!("dropped a, count {}", Rc::strong_count(&b));
    drop(b);
    println!("dropped b, count {}", Rc::strong_count(&c));
    let v = vec![Rc::clone(&c), Rc::clone(&c)];
    println!("vec holds, count {}", Rc::strong_count(&c));
    drop(c);
    println!("dropped c, still alive via vec: {}", v[0].0);
    drop(v);
    println!("end");
}
