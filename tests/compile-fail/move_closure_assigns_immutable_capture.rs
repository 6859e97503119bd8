// Rejects: a `move` closure assigns its own copy of a variable not declared `mut` (E0594).
fn main() {
    let x = 5;
    let mut c = move || {
        x = 6;
        println!("{}", x);
    };
    c();
}
