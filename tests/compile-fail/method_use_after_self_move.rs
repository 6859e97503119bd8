// Rejects: using a value after calling a method that takes self by value (E0382).
struct Token(String);

impl Token {
    fn into_inner(self) -> String {
        self.0
    }
}

fn main() {
    let t = Token(String::from("abc"));
    let s = t.into_inner();
    println!("{} {}", s, t.0);
}
