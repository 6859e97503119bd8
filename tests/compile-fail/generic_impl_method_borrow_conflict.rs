// A method of a generic impl is borrow-checked once, for every `T`.
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn push_top_again(&mut self) {
        let top = &self.items[self.items.len() - 1];
        self.items.push(top.clone());
        println!("{:?}", top);
    }
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    s.push_top_again();
    println!("{}", s.items.len());
}
