// Rejects: dropping a value while it is borrowed (E0505).
fn main() {
    let s = String::from("bye");
    let r = &s;
    drop(s);
    println!("{}", r);
}
