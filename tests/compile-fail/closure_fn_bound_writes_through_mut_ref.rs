// Rejects: a closure passed where `F: Fn()` is expected writes through a captured `&mut` (E0594).
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut x = 0;
    let r = &mut x;
    call(|| *r += 1);
    println!("{}", x);
}
