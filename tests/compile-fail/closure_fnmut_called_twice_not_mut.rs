// Rejects: an `FnMut` closure called twice through a binding not declared `mut`: rustc reports it once, at the binding (E0596).
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    inc();
    println!("{}", count);
}
