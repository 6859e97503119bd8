// Rejects: a `move` closure that pushes to the Vec it owns is `FnMut`; calling it needs a `mut` binding (E0596).
fn main() {
    let mut v = vec![1, 2];
    let c = move || {
        v.push(3);
        println!("{:?}", v);
    };
    c();
}
