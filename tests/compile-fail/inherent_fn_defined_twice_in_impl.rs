struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
    fn bump(&mut self) {
        self.n += 1;
    }
    fn get(&self) -> u32 {
        self.n * 2
    }
}

fn main() {
    let mut c = Counter { n: 1 };
    c.bump();
    println!("{}", c.get());
}
