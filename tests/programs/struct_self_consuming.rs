// Checks: methods taking self by value (consuming builder pattern) and returning new values.
#[derive(Debug)]
struct Builder {
    name: String,
    size: u32,
    verbose: bool,
}

impl Builder {
    fn new(name: &str) -> Self {
        Builder { name: name.to_string(), size: 1, verbose: false }
    }
    fn size(mut self, s: u32) -> Self {
        self.size = s;
        self
    }
    fn verbose(self, v: bool) -> Self {
        Builder { verbose: v, ..self }
    }
    fn build(self) -> String {
        format!("{}:{}:{}", self.name, self.size, if self.verbose { "v" } else { "q" })
    }
}

fn main() {
    let b = Builder::new("alpha");
    println!("{:?}", b);
    let b = b.size(10);
    println!("{:?}", b);
    let s = b.verbose(true).build();
    println!("{}", s);
    let t = Builder::new("beta").verbose(false).size(3).build();
    println!("{}", t);
}
