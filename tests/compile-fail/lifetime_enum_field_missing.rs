// Rejects: an enum variant holding a reference without a lifetime, inside an Option (E0106).
enum Token {
    Word(Option<&str>),
    End,
}

fn main() {
    let t = Token::Word(Some("x"));
    if let Token::Word(Some(w)) = t {
        println!("{}", w);
    }
}
