fn run<F: FnOnce()>(f: F) { f() }
fn main() {
    let mut v = vec![1];
    run(|| {
        let a = &mut v;
        let b = &mut v;
        a.push(1);
        b.push(2);
    });
    println!("{:?}", v);
}
