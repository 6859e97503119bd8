// Rejects: comparing a Vec with an integer (E0277).
fn main() {
    let v = vec![1];
    let b = v == 1;
    println!("{}", b);
}
