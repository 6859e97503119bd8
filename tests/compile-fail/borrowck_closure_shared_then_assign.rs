// Rejects: changing a value that a closure still borrows (E0506).
fn main() {
    let mut x = 1;
    let show = || println!("x = {}", x);
    x = 2;
    show();
}
