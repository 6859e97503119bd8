// Checks: nested boxes and a boxed linked list drop outer to inner, each node after its Drop::drop.
struct Node {
    name: &'static str,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.name);
    }
}

fn main() {
    let list = Node {
        name: "head",
        next: Some(Box::new(Node { name: "mid", next: Some(Box::new(Node { name: "tail", next: None })) })),
    };
    let mut count = 0;
    let mut cur = Some(&list);
    while let Some(n) = cur {
        count += 1;
        cur = n.next.as_deref();
    }
    println!("{} nodes", count);
    let boxed: Box<Box<Node>> = Box::new(Box::new(Node { name: "boxed", next: None }));
    println!("boxed {}", boxed.name);
}
