// Rejects: `String + integer`: String's only Add takes a &str (E0308).
fn main() {
    let s = String::from("a");
    let n = s + 1;
    println!("{}", n);
}
