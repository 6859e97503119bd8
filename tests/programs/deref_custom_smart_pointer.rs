// Checks: a program's own Deref/DerefMut smart pointer (the book's MyBox): *x, deref coercion to &str, autoderef method calls, assignment through DerefMut, and Drop.
use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T> Drop for MyBox<T> {
    fn drop(&mut self) {
        println!("dropping a MyBox");
    }
}

struct Point {
    x: i32,
    y: i32,
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn total(values: &[i32]) -> i32 {
    values.iter().sum()
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, x);
    assert_eq!(5, *y);
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    hello(&(*m)[..]);
    println!("{} {}", m.len(), m.to_uppercase());
    let mut v = MyBox::new(vec![1, 2]);
    v.push(3);
    v[0] = 10;
    println!("{:?} total {}", *v, total(&v));
    *v = vec![7, 8];
    println!("{:?} {}", *v, v.len());
    let mut p = MyBox::new(Point { x: 1, y: 2 });
    p.x += 5;
    p.y = p.x * 2;
    println!("{} {}", p.x, p.y);
    let nested = MyBox::new(MyBox::new(41));
    println!("{}", **nested + 1);
}
