// Rejects: calling a `&mut self` method while an element is borrowed (E0502).
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
}

fn main() {
    let mut s = Stack { items: vec![1] };
    let top = &s.items[0];
    s.push(2);
    println!("{}", top);
}
