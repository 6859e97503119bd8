// Rejects: keeping a &str into a temporary String (E0716).
fn main() {
    let s = String::from("temporary").as_str();
    println!("{}", s);
}
