// A queue with a raw pointer to its tail (as in "Learning Rust With Entirely Too Many Linked
// Lists"): boxes turned into raw pointers and back, null tails, writes through `*mut`.
use std::ptr;

struct Node {
    elem: String,
    next: *mut Node,
}

struct Queue {
    head: *mut Node,
    tail: *mut Node,
    len: usize,
}

impl Queue {
    fn new() -> Self {
        Queue { head: ptr::null_mut(), tail: ptr::null_mut(), len: 0 }
    }

    fn push(&mut self, elem: &str) {
        let node = Box::into_raw(Box::new(Node { elem: elem.to_string(), next: ptr::null_mut() }));
        if self.tail.is_null() {
            self.head = node;
        } else {
            unsafe {
                (*self.tail).next = node;
            }
        }
        self.tail = node;
        self.len += 1;
    }

    fn pop(&mut self) -> Option<String> {
        if self.head.is_null() {
            return None;
        }
        let boxed = unsafe { Box::from_raw(self.head) };
        self.head = boxed.next;
        if self.head.is_null() {
            self.tail = ptr::null_mut();
        }
        self.len -= 1;
        Some(boxed.elem)
    }

    fn peek_mut(&mut self) -> Option<&mut String> {
        unsafe { self.head.as_mut().map(|node| &mut node.elem) }
    }
}

impl Drop for Queue {
    fn drop(&mut self) {
        while let Some(elem) = self.pop() {
            println!("dropping {}", elem);
        }
    }
}

fn main() {
    let mut q = Queue::new();
    println!("{:?}", q.pop());
    q.push("a");
    q.push("b");
    q.push("c");
    if let Some(first) = q.peek_mut() {
        first.push_str("!");
    }
    println!("{:?} {}", q.pop(), q.len);
    q.push("d");
    println!("{:?}", q.pop());
    let mut counter = 0u32;
    let c = std::ptr::addr_of_mut!(counter);
    for _ in 0..3 {
        unsafe {
            *c += 1;
        }
    }
    println!("counter {} len {}", counter, q.len);
}
