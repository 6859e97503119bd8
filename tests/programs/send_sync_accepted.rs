// Types that are `Send` and `Sync` as rustc decides it: structurally, and through std's impls.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

fn need_send<T: Send>(value: T) -> T {
    value
}

fn need_sync<T: Sync>(value: &T) -> &T {
    value
}

fn spawn_like<F: FnOnce() -> usize + Send + 'static>(f: F) -> usize {
    f()
}

struct Point {
    x: i32,
    y: i32,
}

enum Message {
    Quit,
    Text(String),
    Move(Point),
}

/// A raw pointer made `Send` by the program's own promise.
struct Handle {
    raw: *const i32,
}

unsafe impl Send for Handle {}

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn forward<T: Send + Clone>(value: T) -> (T, T) {
    let copy = need_send(value.clone());
    (value, copy)
}

fn main() {
    let n = need_send(5);
    let s = need_send(String::from("text"));
    let v = need_send(vec![String::from("a"), String::from("b")]);
    let b = need_send(Box::new(7u8));
    let a = need_send(Arc::new(vec![1, 2, 3]));
    let t = need_send((1, 'c', true, 2.5));
    let arr = need_send([Some(1), None]);
    println!("{} {} {:?} {} {:?} {:?} {:?}", n, s, v, b, a, t, arr);

    let cell = need_send(Cell::new(3));
    let refcell = need_send(RefCell::new(vec![1]));
    refcell.borrow_mut().push(cell.get());
    println!("{:?}", refcell.borrow());

    let x = 10;
    let r = need_send(&x);
    let mut y = 20;
    let m = need_send(&mut y);
    *m += *r;
    println!("{}", y);

    let p = need_send(Point { x: 1, y: 2 });
    let msgs = need_send(vec![Message::Quit, Message::Text(String::from("hi")), Message::Move(p)]);
    for msg in &msgs {
        match msg {
            Message::Quit => println!("quit"),
            Message::Text(t) => println!("text {}", t),
            Message::Move(p) => println!("move {} {}", p.x, p.y),
        }
    }

    let mut map = HashMap::new();
    map.insert(String::from("k"), vec![1]);
    let map = need_send(map);
    println!("{:?}", map.get("k"));

    let arc = Arc::new(5);
    let string = String::from("sync");
    let shared = need_sync(&arc);
    let text = need_sync(&string);
    let slice = need_sync(&[1, 2, 3]);
    println!("{} {} {:?}", shared, text, slice);

    let value = 42;
    let h = need_send(Handle { raw: &value });
    let raw = h.raw;
    println!("{}", raw == &value as *const i32);

    let shape: Box<dyn Shape + Send> = Box::new(Square(2.0));
    let shape = need_send(shape);
    println!("{}", shape.area());

    let job: Box<dyn FnOnce() -> usize + Send> = Box::new(move || s.len());
    let job = need_send(job);
    println!("{}", job());

    let words = vec![String::from("one"), String::from("three")];
    let total = spawn_like(move || words.iter().map(|w| w.len()).sum());
    println!("{}", total);

    let counter = Arc::new(Cell::new(0).get() + 1);
    let c2 = Arc::clone(&counter);
    println!("{}", spawn_like(move || *c2 + 1));

    let local = Rc::new(1);
    println!("{}", Rc::strong_count(&local));
    let (first, second) = forward(String::from("pair"));
    println!("{} {}", first, second);
    let it = need_send(vec![1, 2].into_iter());
    println!("{}", it.sum::<i32>());
}
