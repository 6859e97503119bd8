// Rejects: inserting while a reference to an element is used (E0502).
fn main() {
    let mut names = vec![String::from("b")];
    let first = &names[0];
    names.insert(0, String::from("a"));
    println!("{}", first);
}
