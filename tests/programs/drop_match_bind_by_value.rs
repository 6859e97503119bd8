// Checks: match arms that bind by value move the payload into the arm; it drops at the end of the arm.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum Message {
    Text(Noisy),
    Pair(Noisy, Noisy),
    Empty,
}

fn handle(m: Message) {
    match m {
        Message::Text(t) => println!("text {}", t.0),
        Message::Pair(first, _) => println!("pair starting {}", first.0),
        Message::Empty => println!("empty"),
    }
    println!("handled");
}

fn main() {
    handle(Message::Text(Noisy("hello")));
    handle(Message::Pair(Noisy("one"), Noisy("two")));
    handle(Message::Empty);
}
