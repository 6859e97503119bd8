// Rejects: returning a closure that borrows a local instead of moving it (E0373).
fn make_greeter(name: String) -> Box<dyn Fn() -> String> {
    let greeting = format!("hi {}", name);
    Box::new(|| greeting.clone())
}

fn main() {
    println!("{}", make_greeter(String::from("x"))());
}
