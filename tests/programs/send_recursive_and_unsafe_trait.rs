// Auto traits of a recursive type (coinductive), a program's own unsafe trait, and `&T: Send` from `T: Sync`.
fn need_send<T: Send>(_: T) {}
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}
unsafe trait Zeroable {}
unsafe impl Zeroable for u8 {}
fn zero<T: Zeroable + Default>() -> T {
    T::default()
}
fn relay<T: Sync>(value: &T) {
    need_send(value);
}
fn main() {
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{}", list.value + list.next.as_ref().map(|n| n.value).unwrap_or(0));
    need_send(list);
    let z: u8 = zero();
    relay(&z);
    println!("{}", z);
}
