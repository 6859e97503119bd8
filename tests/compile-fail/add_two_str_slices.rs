// Rejects: adding two &str (E0369).
fn main() {
    let s = "a" + "b";
    println!("{}", s);
}
