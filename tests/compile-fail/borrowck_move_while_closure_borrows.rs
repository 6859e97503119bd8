// Rejects: moving a String that a closure still borrows (E0505).
fn main() {
    let s = String::from("hello");
    let len = || s.len();
    let t = s;
    println!("{} {}", len(), t);
}
