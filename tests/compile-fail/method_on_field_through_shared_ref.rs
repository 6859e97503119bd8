// Rejects: a `&mut self` method called on a field reached through `&` (E0596), here a
// binding made by match ergonomics on a `&Option<_>`.
struct Bag {
    items: Vec<u32>,
}

fn main() {
    let bag = Some(Bag { items: vec![1] });
    let r = &bag;
    if let Some(b) = r {
        b.items.push(2);
    }
    println!("{}", bag.map_or(0, |b| b.items.len()));
}
