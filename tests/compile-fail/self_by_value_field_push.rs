// Rejects: pushing onto a field of `self` taken by value without `mut` (E0596).
struct Q {
    items: Vec<i32>,
}

impl Q {
    fn with(self, x: i32) -> Q {
        self.items.push(x);
        self
    }
}

fn main() {
    let q = Q { items: Vec::new() }.with(1);
    println!("{:?}", q.items);
}
