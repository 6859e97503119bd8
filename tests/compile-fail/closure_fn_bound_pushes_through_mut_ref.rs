// Rejects: a closure passed where `F: Fn()` is expected pushes to a Vec through a captured `&mut` (E0596).
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut v = vec![1];
    let w = &mut v;
    call(|| w.push(2));
    println!("{:?}", v);
}
