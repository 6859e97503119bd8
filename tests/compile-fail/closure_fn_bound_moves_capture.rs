// Rejects: a closure passed where Fn is required moves a captured Vec out (E0507).
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let v = vec![1, 2, 3];
    call(|| {
        let w = v;
        println!("{:?}", w);
    });
}
