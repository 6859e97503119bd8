// Inside an `impl` block a lone `;` is "non-item in item list".
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
    ;
}

fn main() {
    println!("{}", Counter { n: 3 }.get());
}
