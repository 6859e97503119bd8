// `T: ?Sized` parameters take `str`, slices and trait objects behind a pointer; traits are
// implemented for `str` and `[T]`; `as` makes a trait object.
use std::fmt::{Debug, Display};

trait Summary {
    fn summarize(&self) -> String;
}

impl Summary for str {
    fn summarize(&self) -> String {
        format!("str of {} bytes", self.len())
    }
}

impl<T: Debug> Summary for [T] {
    fn summarize(&self) -> String {
        format!("{} items, first {:?}", self.len(), self.first())
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "square".to_string()
    }
}

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn show<T: ?Sized + Display>(x: &T) {
    println!("show {}", x);
}

fn summary_of<T>(x: &T) -> String
where
    T: Summary + ?Sized,
{
    x.summarize()
}

fn describe<T: Shape + ?Sized>(s: &T) -> String {
    format!("{} {}", s.name(), s.area())
}

fn boxed_area<T: ?Sized + Shape>(b: Box<T>) -> f64 {
    b.area()
}

struct Holder<T: ?Sized> {
    id: u32,
    inner: Box<T>,
}

fn main() {
    show("hello");
    show(&5);
    let s: &str = "abc";
    show(s);
    show(&String::from("owned"));
    println!("{}", summary_of("four"));
    let v = vec![1, 2, 3];
    println!("{}", summary_of(&v[..]));
    println!("{}", summary_of(&[7u8, 8][..]));
    println!("{}", v.summarize());

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0))];
    for shape in &shapes {
        println!("{}", describe(shape.as_ref()));
    }
    let d: &dyn Shape = &Square(3.0);
    println!("{}", describe(d));
    println!("{}", describe(&Circle(2.0)));
    println!("{}", boxed_area(Box::new(Square(1.5)) as Box<dyn Shape>));
    println!("{}", boxed_area(Box::new(Circle(0.5))));
    let h: Holder<dyn Shape> = Holder { id: 7, inner: Box::new(Square(4.0)) };
    println!("{} {}", h.id, h.inner.area());
    let r = &Circle(1.0) as &dyn Shape;
    println!("{}", r.name());
    let text: Holder<str> = Holder { id: 1, inner: "boxed".into() };
    println!("{} {}", text.id, text.inner);
}
