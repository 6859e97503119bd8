// Rejects: comparing a float literal with an integer literal (E0277).
fn main() {
    let b = 1.0 < 1;
    println!("{}", b);
}
