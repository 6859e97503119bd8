// Checks: traits with required and default methods, overriding a default, and default methods calling required ones.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
    fn headline(&self) -> String {
        String::from("untitled")
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

struct Article {
    title: String,
    author: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for Article {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {}", self.title, self.author)
    }
    fn headline(&self) -> String {
        self.title.to_uppercase()
    }
}

fn main() {
    let t = Tweet { username: "horse_ebooks".into(), content: "of course".into(), retweets: 3 };
    let a = Article { title: "Penguins win".into(), author: "Iceburgh".into() };
    println!("{}", t.summarize());
    println!("{} | {} retweets | {}", t.headline(), t.retweets, t.content);
    println!("{}", a.summarize());
    println!("{} / {}", a.headline(), a.summarize_author());
}
