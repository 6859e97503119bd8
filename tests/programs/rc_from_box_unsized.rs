// Rc::from and Arc::from a Box: a Box<dyn Trait>, Box<str>, Box<[T]> and Box<T> become one
// RcInner block each (the value's bytes moved, the box's block freed without dropping it).
use std::rc::Rc;
use std::sync::Arc;
trait Speak { fn speak(&self) -> String; }
struct Dog { name: String }
impl Speak for Dog { fn speak(&self) -> String { format!("{} says woof", self.name) } }
impl Drop for Dog { fn drop(&mut self) { println!("drop {}", self.name); } }
fn main() {
    let b: Box<dyn Speak> = Box::new(Dog { name: String::from("rex") });
    let r: Rc<dyn Speak> = Rc::from(b);
    let r2 = r.clone();
    println!("{} {}", r2.speak(), Rc::strong_count(&r));
    let bs: Box<str> = Box::from("boxed");
    let rs: Rc<str> = Rc::from(bs);
    println!("{}", rs);
    let bv: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    let av: Arc<[i32]> = Arc::from(bv);
    println!("{:?}", av);
    let bi = Box::new(5u64);
    let ri: Rc<u64> = Rc::from(bi);
    println!("{}", ri);
    let e: Rc<str> = Rc::from(Box::<str>::from(""));
    println!("[{}]", e);
    drop(r);
    println!("one left");
    drop(r2);
    println!("end");
}
