// Rejects: moving a String out of a Vec by indexing it, into a `let` (E0507; std's `Index`
// returns a reference, and a Vec is indexed as its slice).
fn main() {
    let names = vec![String::from("ada"), String::from("bob")];
    let first = &names[0];
    let second = names[1];
    println!("{} {}", first, second);
}
