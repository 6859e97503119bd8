// `remove(0)` shifts the elements: the reference to the head is invalidated.
fn main() {
    let mut queue = vec![1, 2, 3];
    let head = &queue[0];
    let removed = queue.remove(0);
    println!("removed {}", removed);
    println!("head is still {}", head); // UB: invalidated
}
