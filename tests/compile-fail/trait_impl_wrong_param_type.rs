// Rejects: an impl method whose parameter type is not the trait's, through an associated type (E0053).
trait Store {
    type Item;
    fn put(&mut self, item: Self::Item);
}

struct Bag(Vec<i32>);

impl Store for Bag {
    type Item = i32;
    fn put(&mut self, item: u32) {
        self.0.push(item as i32);
    }
}

fn main() {
    let mut b = Bag(Vec::new());
    b.put(1);
}
