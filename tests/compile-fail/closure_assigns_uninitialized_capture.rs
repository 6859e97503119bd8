// Rejects: a closure assigns twice to a captured variable declared without `mut` and without a value (E0594, before the E0381 of its creation).
fn main() {
    let x: i32;
    let mut c = || {
        x = 1;
        x = 2;
    };
    c();
}
