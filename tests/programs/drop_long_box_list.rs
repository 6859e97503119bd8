// A singly linked list of 5,000 boxes: its drop glue goes node by node down the list (natively
// a recursion of drop_in_place), which must not run the interpreter's host out of stack.
struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

fn build(len: u32) -> Option<Box<Node>> {
    let mut head = None;
    for value in 0..len {
        head = Some(Box::new(Node { value, next: head }));
    }
    head
}

fn main() {
    let list = build(5_000);
    let mut sum = 0u64;
    let mut cursor = &list;
    while let Some(node) = cursor {
        sum += node.value as u64;
        cursor = &node.next;
    }
    println!("sum {sum}");
    let pairs: Vec<(String, Option<Box<Node>>)> = vec![(String::from("short"), build(3)), (String::from("long"), build(2_000))];
    println!("{} lists", pairs.len());
    drop(pairs);
    println!("dropped the pairs");
}
