// Checks: taking a field out with `mem::take` inside a `&mut self` method.
struct Buffer {
    items: Vec<String>,
    flushed: usize,
}

impl Buffer {
    fn flush(&mut self) -> Vec<String> {
        let items = std::mem::take(&mut self.items);
        self.flushed += items.len();
        items
    }
}

fn main() {
    let mut b = Buffer { items: vec![String::from("a"), String::from("b")], flushed: 0 };
    let out = b.flush();
    b.items.push(String::from("c"));
    println!("{:?} {:?} {}", out, b.items, b.flushed);
}
