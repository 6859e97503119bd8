// Rejects: returning a reference to a local String from a function (E0515).
fn dangle() -> &'static str {
    let s = String::from("hello");
    &s
}

fn main() {
    println!("{}", dangle());
}
