// Checks: `where` clauses on other types than the item's own parameters: a type built from a
// parameter (`Vec<T>: Debug`), an associated type (`I::Item: Display`), a parameter of the impl
// on a method (`where T: Display`), a higher-ranked one (`for<'a> &'a T: IntoIterator`), taken
// as holding in the body and satisfied by each call.
use std::collections::{BTreeMap, VecDeque};
use std::fmt::{Debug, Display};

fn show<T>(v: Vec<T>) -> usize
where
    Vec<T>: Debug,
{
    println!("{:?}", v);
    v.len()
}

fn first<I: Iterator>(mut it: I) -> String
where
    I::Item: Display,
{
    match it.next() {
        Some(x) => {
            println!("first {}", x);
            x.to_string()
        }
        None => String::from("none"),
    }
}

fn joined<I>(it: I, sep: &str) -> String
where
    I: Iterator,
    I::Item: Display + Debug,
{
    let mut out = String::new();
    for (i, x) in it.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&format!("{}", x));
        println!("{:?}", x);
    }
    out
}

fn count<T>(t: &T) -> usize
where
    for<'a> &'a T: IntoIterator,
{
    let mut n = 0;
    for _ in t {
        n += 1;
    }
    n
}

struct Wrapper<T> {
    items: Vec<T>,
}

impl<T> Wrapper<T> {
    fn new() -> Self {
        Wrapper { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
    }

    fn describe(&self) -> String
    where
        T: Display,
    {
        let parts: Vec<String> = self.items.iter().map(|x| x.to_string()).collect();
        parts.join("+")
    }

    fn largest(&self) -> Option<&T>
    where
        T: PartialOrd,
    {
        let mut best = self.items.first()?;
        for x in &self.items {
            if x > best {
                best = x;
            }
        }
        Some(best)
    }
}

fn main() {
    println!("{}", show(vec![1, 2, 3]));
    println!("{}", show(vec!["a", "b"]));
    println!("{}", first(vec![3, 4].into_iter()));
    println!("{}", first("xy".chars()));
    println!("{}", first(Vec::<u8>::new().into_iter()));
    println!("{}", joined([1.5, 2.25].iter(), ", "));
    let mut w = Wrapper::new();
    w.push(3);
    w.push(9);
    w.push(4);
    println!("{} {:?}", w.describe(), w.largest());
    let mut s = Wrapper::new();
    s.push(String::from("x"));
    println!("{}", s.describe());
    let deque: VecDeque<u8> = (1..5).collect();
    let map: BTreeMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    println!("{} {} {}", count(&vec![1, 2, 3]), count(&deque), count(&map));
}
