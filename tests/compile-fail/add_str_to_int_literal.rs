// Rejects: adding a &str to an integer literal (E0277).
fn main() {
    let n = 1 + "a";
    println!("{}", n);
}
