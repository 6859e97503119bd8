// Checks: Cell get/set/replace/take/swap/update/into_inner, Cell fields mutated through &self, and Cell's Debug.
use std::cell::Cell;

#[derive(Debug)]
struct Counter {
    hits: Cell<u32>,
    last: Cell<Option<char>>,
}

impl Counter {
    fn hit(&self, c: char) {
        self.hits.set(self.hits.get() + 1);
        self.last.set(Some(c));
    }
}

fn main() {
    let c = Cell::new(10);
    c.set(c.get() * 2);
    let old = c.replace(3);
    println!("{} {}", old, c.get());
    c.update(|x| x + 4);
    println!("{:?}", c);
    let d = Cell::new(100);
    c.swap(&d);
    println!("{} {}", c.get(), d.get());
    let t: Cell<u8> = Cell::new(9);
    println!("{} {}", t.take(), t.get());
    let counter = Counter { hits: Cell::new(0), last: Cell::new(None) };
    for ch in "abc".chars() {
        counter.hit(ch);
    }
    println!("{:?}", counter);
    println!("{:#?}", counter);
    let s = Cell::new(String::from("own"));
    let taken = s.take();
    s.set(String::from("new"));
    println!("{} {}", taken, s.into_inner());
    let mut m = Cell::new(1);
    *m.get_mut() += 41;
    println!("{}", m.get());
}
