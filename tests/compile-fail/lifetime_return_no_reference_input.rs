// Rejects: a function returning a reference with no reference among its inputs (E0106).
fn name_of(s: String) -> &str {
    "name"
}

fn main() {
    println!("{}", name_of(String::from("x")));
}
