// Checks: a struct with String fields runs its Drop (which can still read them), then frees the strings.
struct Person {
    first: String,
    last: String,
}
impl Drop for Person {
    fn drop(&mut self) {
        println!("drop {} {} ({} bytes)", self.first, self.last, self.first.len() + self.last.len());
    }
}

fn make(first: &str, last: &str) -> Person {
    Person { first: first.to_string(), last: String::from(last) }
}

fn main() {
    let a = make("Ada", "Lovelace");
    let mut b = make("Alan", "Turing");
    b.first.push_str("!");
    println!("made {} and {}", a.first, b.first);
    let names: Vec<Person> = vec![make("x", "y"), make("p", "q")];
    println!("{} more", names.len());
}
