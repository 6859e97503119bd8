// std items named through their modules, by imported modules and names, and by full paths.
use std::cmp::{max, min, Ordering};
use std::collections;
use std::fmt;
use std::mem;
use std::mem::swap;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn largest(v: &[i32]) -> Option<i32> {
    v.iter().copied().max()
}

fn main() {
    let mut queue: collections::VecDeque<i32> = collections::VecDeque::new();
    queue.push_back(3);
    queue.push_front(1);
    let mut counts = std::collections::BTreeMap::new();
    for word in ["a", "b", "a"] {
        *counts.entry(word).or_insert(0) += 1;
    }
    println!("{:?} {} {:?}", queue, counts.len(), counts.get("a"));

    let (mut a, mut b) = (1, 2);
    swap(&mut a, &mut b);
    mem::swap(&mut a, &mut b);
    std::mem::swap(&mut a, &mut b);
    let taken = mem::take(&mut vec![7, 8]);
    let old = mem::replace(&mut a, 10);
    println!("{} {} {:?} {}", a, b, taken, old);

    println!("{} {} {}", max(3, 9), min(3, 9), std::cmp::max("x", "y"));
    match 5.cmp(&3) {
        Ordering::Greater => println!("greater"),
        _ => println!("not greater"),
    }
    match std::cmp::Ordering::Less {
        std::cmp::Ordering::Less => println!("less"),
        _ => println!("other"),
    }

    let shared = std::rc::Rc::new(Celsius(21.5));
    let again = std::rc::Rc::clone(&shared);
    println!("{} {}", again, std::rc::Rc::strong_count(&shared));
    let cell = std::cell::RefCell::new(vec![1]);
    cell.borrow_mut().push(2);
    println!("{:?}", cell.borrow());

    let v = vec![4, 1, 3];
    println!("{} {} {:?}", Vec::len(&v), i32::pow(2, 10), largest(&v));
    let empty = <Vec<i32>>::new();
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", empty, Iterator::next(&mut it), it.next());
    println!("{} {}", i32::MAX, std::f64::consts::PI > 3.14);
    let size = std::mem::size_of::<u64>();
    println!("{}", size);
    std::process::exit(if size == 8 { 3 } else { 0 });
}
