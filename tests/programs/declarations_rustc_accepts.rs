// Near-variants of programs rustc rejects, which it accepts: references in fields with a
// lifetime, recursion through a pointer, a discriminant at the top of its range, trait impls
// that match their trait, supertraits that are met, closures that move only where they may.
use std::fmt;

struct Holder<'a> {
    name: &'a str,
    tags: Option<&'static str>,
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
    children: Vec<Node>,
}

#[repr(u8)]
#[derive(Clone, Copy)]
enum Level {
    High = 254,
    Top,
}

trait Shape {
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64);
    fn unit() -> Self;
}

#[derive(Debug, Clone, PartialEq)]
struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn scale(&mut self, by: f64) {
        self.0 *= by;
    }
    fn unit() -> Self {
        Square(1.0)
    }
}

trait Named: fmt::Display + Clone {
    fn label(&self) -> String {
        format!("<{}>", self)
    }
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "square {}", self.0)
    }
}

impl Named for Square {}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn sum(list: &List) -> i32 {
    match list {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first(v: &[i32]) -> &i32 {
    &v[0]
}

fn twice<F: FnMut() -> i32>(mut f: F) -> i32 {
    f() + f()
}

fn once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn sort_in_place(v: &mut Vec<i32>) {
    v.sort();
}

fn main() {
    let h = Holder { name: "h", tags: None };
    println!("{} {:?}", h.name, h.tags);
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{}", sum(&list));
    let node = Node { value: 3, next: Some(Box::new(Node { value: 4, next: None, children: Vec::new() })), children: Vec::new() };
    println!("{} {}", node.value, node.next.as_ref().map(|n| n.value).unwrap_or(0) + node.children.len() as i32);
    println!("{} {}", Level::High as u8, Level::Top as u8);

    let mut sq: Square = Shape::unit();
    sq.scale(3.0);
    println!("{} {}", sq.area(), sq.label());
    println!("{}", longest("ab", "c"));
    println!("{}", first(&[7, 8]));

    let mut count = 0;
    println!("{}", twice(|| {
        count += 1;
        count
    }));
    let owned = String::from("moved once");
    println!("{}", once(move || owned));
    let shared = String::from("read");
    println!("{}", twice(|| shared.len() as i32));

    let mut v = vec![3, 1, 2];
    v.sort();
    sort_in_place(&mut v);
    let r = &mut v;
    r.reverse();
    println!("{:?}", v);

    let x: f64 = 1.0;
    let n: i32 = 2;
    println!("{} {} {}", x + 1.0, 2.0 * x, n + 1);
    let mut y = 2.5;
    y += 1.0;
    println!("{}", y);
    let s = String::from("a") + "b";
    println!("{} {}", s == "ab", vec![1, 2] == vec![1, 2]);

    let d = Noisy("early");
    drop(d);
    let _late = Noisy("late");
    println!("end");
}
