// Rejects: returning a reference to a temporary value (E0515).
fn label() -> &'static String {
    &String::from("label")
}

fn main() {
    println!("{}", label());
}
