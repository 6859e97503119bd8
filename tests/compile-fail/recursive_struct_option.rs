// Rejects: a struct holding itself inline through an Option (E0072).
struct Node {
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
