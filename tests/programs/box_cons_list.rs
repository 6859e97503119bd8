// Checks: the book's cons list enum with Box, Deref of Box, and Box<T> values behaving like T.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn len(l: &List) -> usize {
    match l {
        Cons(_, rest) => 1 + len(rest),
        Nil => 0,
    }
}

fn main() {
    let b = Box::new(5);
    println!("b = {}", b);
    let y = *b + 1;
    println!("{}", y);
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("len {}", len(&list));
    let mut bx = Box::new(vec![1, 2]);
    bx.push(3);
    println!("{:?} {}", bx, bx.len());
    let unboxed: Vec<i32> = *bx;
    println!("{:?}", unboxed);
    let s: Box<String> = Box::new("boxed".to_string());
    let r: &str = &s;
    println!("{} {}", r, s.to_uppercase());
}
