// Rejects: adding an integer to a char (E0369).
fn main() {
    let c = 'a' + 1;
    println!("{}", c);
}
