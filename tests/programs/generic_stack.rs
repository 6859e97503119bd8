// Checks: a generic Stack<T> struct with impl<T>, used with several element types, plus Option-returning methods.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    for i in 1..=4 {
        s.push(i * i);
    }
    println!("{:?} len {}", s, s.len());
    println!("peek {:?}", s.peek());
    while let Some(x) = s.pop() {
        print!("{} ", x);
    }
    println!("empty {}", s.is_empty());
    let mut w = Stack::new();
    w.push("a".to_string());
    w.push("b".to_string());
    println!("{:?} {:?}", w.pop(), w.peek());
    let mut t: Stack<(char, bool)> = Stack::new();
    t.push(('x', true));
    println!("{:?}", t);
}
