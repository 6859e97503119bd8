// Rejects: a closure assigns a captured variable not declared `mut` (E0594).
fn main() {
    let x = 5;
    let mut c = || {
        x = 6;
    };
    c();
    println!("{}", x);
}
