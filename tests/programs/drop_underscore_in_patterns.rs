// Checks: a `_` inside a pattern binds nothing: what it matches in a temporary drops at the end of the statement.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn pair() -> (Noisy, Noisy) {
    (Noisy("first"), Noisy("second"))
}

fn main() {
    let (_, second) = pair();
    println!("kept {}", second.0);
    let (first, _) = pair();
    println!("kept {}", first.0);
    let (_a, _) = pair();
    println!("end of main");
}
