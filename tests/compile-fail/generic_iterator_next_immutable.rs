// Rejects: `next` on a generic iterator parameter not declared `mut` (E0596).
fn first<T: Iterator>(it: T) -> Option<T::Item> { it.next() }
fn main() { println!("{:?}", first(vec![1].into_iter())); }
