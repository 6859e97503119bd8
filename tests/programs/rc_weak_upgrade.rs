// Checks: Weak::upgrade before and after the last Rc goes, weak_count, Weak::new, try_unwrap with other owners, ptr_eq, get_mut and make_mut.
use std::rc::{Rc, Weak};

#[derive(Debug, Clone)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let empty: Weak<i32> = Weak::new();
    println!("empty upgrade {:?}, strong {}", empty.upgrade(), empty.strong_count());
    let strong = Rc::new(Config { name: String::from("main"), level: 1 });
    let weak = Rc::downgrade(&strong);
    let weak2 = weak.clone();
    println!("strong {} weak {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    match weak.upgrade() {
        Some(c) => println!("alive: {} {} (strong now {})", c.name, c.level, Rc::strong_count(&c)),
        None => println!("gone"),
    }
    let other = Rc::clone(&strong);
    println!("ptr_eq {}", Rc::ptr_eq(&strong, &other));
    let strong = match Rc::try_unwrap(strong) {
        Ok(c) => {
            println!("unwrapped {:?}", c);
            Rc::new(c)
        }
        Err(rc) => {
            println!("still shared, strong {}", Rc::strong_count(&rc));
            rc
        }
    };
    drop(other);
    let mut strong = strong;
    println!("get_mut with weak refs: {:?}", Rc::get_mut(&mut strong).is_some());
    Rc::make_mut(&mut strong).level = 7;
    println!("after make_mut {:?}", strong);
    println!("old weak upgrade {:?}", weak.upgrade().map(|c| c.level));
    drop(strong);
    println!("after drop: {:?} {:?} strong {}", weak.upgrade().is_none(), weak2.upgrade().is_none(), weak2.strong_count());
    let solo = Rc::new(vec![1, 2, 3]);
    let v = Rc::try_unwrap(solo).unwrap();
    println!("{:?}", v);
    let mut counter = Rc::new(5);
    *Rc::get_mut(&mut counter).unwrap() += 1;
    println!("{}", counter);
}
