// Rejects: adding an integer to a bool (E0369).
fn main() {
    let b = true;
    let n = b + 1;
    println!("{}", n);
}
