// A reference into a temporary String, dropped at the end of the statement.
fn main() {
    let r: &str = String::from("temporary").as_str();
    println!("{}", r); // UB: use after free
}
