use std::cell::RefCell;

fn main() {
    let shared = RefCell::new(vec![1]);
    let counted = Rc::new(shared);
    println!("{:?}", counted);
}
