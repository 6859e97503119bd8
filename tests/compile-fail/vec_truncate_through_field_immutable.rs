// Rejects: a `&mut self` slice method on a Vec field of a binding without `mut` (E0596).
struct Queue {
    items: Vec<i32>,
}

fn main() {
    let q = Queue { items: vec![2, 1] };
    q.items.reverse();
    println!("{:?}", q.items);
}
