// Rejects: `#[derive(PartialEq)]` with a field `Option<Box<Node>>` where `Node` has no
// `PartialEq` (E0369 names the field's whole type).
struct Node {
    value: i32,
}

#[derive(PartialEq)]
struct List {
    len: usize,
    head: Option<Box<Node>>,
}

fn main() {
    let l = List { len: 1, head: Some(Box::new(Node { value: 3 })) };
    println!("{} {}", l.len, l.head.map_or(0, |n| n.value));
}
