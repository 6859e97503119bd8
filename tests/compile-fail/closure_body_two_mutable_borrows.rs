fn run<F: FnOnce()>(f: F) { f() }
fn main() {
    run(|| {
        let mut x = vec![1];
        let a = &mut x;
        let b = &mut x;
        a.push(1);
        b.push(2);
    });
}
