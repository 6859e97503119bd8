// Checks: a struct holding a reference, with methods that return parts of it.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = match rest.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }
}

fn main() {
    let text = String::from("the quick brown fox");
    let mut p = Parser::new(&text);
    let a = p.next_word();
    let b = p.next_word();
    println!("{:?} {:?}", a, b);
    while let Some(w) = p.next_word() {
        println!("{}", w);
    }
}
