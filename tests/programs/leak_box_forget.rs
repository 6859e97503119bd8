// Checks: Box::leak and mem::forget keep heap blocks alive (no dealloc in the allocation log).
use std::mem;

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let config: &'static mut Vec<i32> = Box::leak(Box::new(vec![1, 2, 3]));
    config.push(4);
    println!("{:?}", config);
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{}", list.value + list.next.as_ref().unwrap().value);
    mem::forget(list);
    let s = String::from("kept");
    std::mem::forget(s);
    let b = Box::new(5);
    drop(b);
}
