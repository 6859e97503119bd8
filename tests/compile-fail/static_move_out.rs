static GREETING: String = String::new();

fn main() {
    let s = GREETING;
    println!("{}", s.len());
}
