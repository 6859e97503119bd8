// Rejects: returning a &str into a String that is dropped at the end of the function (E0515).
fn greeting(name: &str) -> &str {
    let s = format!("hello, {}", name);
    s.as_str()
}

fn main() {
    println!("{}", greeting("ann"));
}
