// Checks: std impls that hold through a type parameter's bounds (Vec<T>: Clone when T: Clone,
// Option<T>: PartialEq when T: PartialEq), and size_of imported with `use`.
use std::fmt::Debug;
use std::mem::size_of;

#[derive(Clone, Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + Debug + PartialEq> Stack<T> {
    fn snapshot(&self) -> Vec<T> {
        self.items.clone()
    }
    fn top_is(&self, value: &T) -> bool {
        self.items.last() == Some(value)
    }
    fn doubled(&self) -> Vec<Vec<T>> {
        vec![self.items.clone(), self.items.clone()]
    }
}

fn bytes_of<T>() -> usize {
    size_of::<T>()
}

fn main() {
    let s = Stack { items: vec![String::from("a"), String::from("b")] };
    let copy = s.snapshot();
    println!("{:?} {}", copy, s.top_is(&String::from("b")));
    println!("{:?}", s.doubled());
    let n = Stack { items: vec![1u8, 2, 3] };
    println!("{:?} {}", n.snapshot(), n.top_is(&2));
    println!("{} {} {}", size_of::<u64>(), size_of::<(u8, u32)>(), bytes_of::<Option<Box<i32>>>());
    println!("{}", std::mem::size_of::<[u16; 5]>());
}
