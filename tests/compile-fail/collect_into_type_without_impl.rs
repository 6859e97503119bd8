// A program's type without a FromIterator impl cannot be collected into.
struct Bag(Vec<i32>);

fn main() {
    let b: Bag = vec![1, 2, 3].into_iter().collect();
    println!("{}", b.0.len());
}
