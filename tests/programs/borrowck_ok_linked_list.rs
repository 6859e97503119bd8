// Checks: walking a linked list with a moving `&mut` cursor.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let mut cur = &mut head;
    loop {
        cur.value *= 10;
        match cur.next {
            Some(ref mut next) => cur = next,
            None => break,
        }
    }
    cur.next = Some(Box::new(Node { value: 3, next: None }));
    let mut p = &head;
    loop {
        println!("{}", p.value);
        match &p.next {
            Some(n) => p = n,
            None => break,
        }
    }
}
