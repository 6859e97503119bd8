// Rejects: `!` on a float literal (E0600).
fn main() {
    let x = !3.0;
    println!("{}", x);
}
