// Checks: type aliases: a plain one, a generic one, a boxed closure type, used in signatures and bindings.
type Km = i32;
type Pair<T> = (T, T);
type Thunk = Box<dyn Fn() + 'static>;
fn swap<T: Copy>(p: Pair<T>) -> Pair<T> { (p.1, p.0) }
fn main() {
    let d: Km = 5;
    let f: Thunk = Box::new(|| println!("hi"));
    f();
    println!("{} {:?}", d + 1, swap((1, 2)));
}
