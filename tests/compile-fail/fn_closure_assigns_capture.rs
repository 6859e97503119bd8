// A closure passed where Fn is required cannot assign to what it captures (E0594).
fn call<F: Fn()>(f: F) { f(); }
fn main() {
    let mut count = 0;
    call(|| count += 1);
    println!("{}", count);
}
