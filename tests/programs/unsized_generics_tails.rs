// `?Sized` bounds, impls for `[T]` and `str`, `dyn Trait` behind a generic `T: ?Sized`, and a
// struct of the program's own whose last field is unsized (reached through a fat pointer).
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for [T] {
    fn describe(&self) -> String {
        format!("{} items, first {}", self.len(), self[0])
    }
}

impl Describe for str {
    fn describe(&self) -> String {
        format!("text of {} bytes", self.len())
    }
}

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn show<T: Describe + ?Sized>(x: &T) {
    println!("{}", x.describe());
}

fn area_of<T: Shape + ?Sized>(s: &T) -> f64 {
    s.area()
}

fn byte_len<T: ?Sized>(x: &T) -> usize {
    std::mem::size_of_val(x)
}

struct Tagged<T: ?Sized> {
    tag: u8,
    count: u32,
    data: T,
}

fn sum_tagged(t: &Tagged<[i32]>) -> i32 {
    t.data.iter().sum::<i32>() + t.tag as i32
}

fn main() {
    show("hello");
    show(&[1, 2, 3][..]);
    let v = vec![4.5, 5.5];
    show(&v[..]);
    show(v.as_slice());
    let b: Box<dyn Shape> = Box::new(Square(2.0));
    println!("{}", area_of(&*b));
    println!("{}", area_of(&Square(3.0)));
    println!("{} {} {}", byte_len("four"), byte_len(&[1u16, 2, 3][..]), byte_len(&*b));

    let t: Tagged<[i32; 3]> = Tagged { tag: 1, count: 3, data: [10, 20, 30] };
    let r: &Tagged<[i32]> = &t;
    println!("{} {} {:?} {}", r.tag, r.count, &r.data, r.data.len());
    println!("sum {} size {} {}", sum_tagged(r), std::mem::size_of_val(r), std::mem::size_of::<Tagged<[i32; 3]>>());
    let s: Tagged<Square> = Tagged { tag: 2, count: 1, data: Square(1.5) };
    let d: &Tagged<dyn Shape> = &s;
    println!("{} {} {}", d.tag, d.data.area(), std::mem::size_of_val(d));
    println!("{}", std::mem::size_of::<&Tagged<dyn Shape>>());
}
