// Rejects: a struct literal that leaves out a field (E0063).
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

fn main() {
    let c = Config { name: String::from("x"), retries: 3 };
    println!("{}", c.name);
}
