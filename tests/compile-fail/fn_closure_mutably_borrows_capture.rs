// A closure passed where Fn is required cannot borrow what it captures mutably (E0596).
fn call<F: Fn()>(f: F) { f(); }
fn main() {
    let mut v = vec![1];
    call(|| v.push(2));
    println!("{:?}", v);
}
