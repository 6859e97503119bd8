// A private method is callable in its module and the modules inside it.
mod a {
    pub struct Counter { n: u32 }
    impl Counter {
        pub fn new() -> Counter { Counter { n: 0 } }
        fn secret(&self) -> u32 { self.n + 1 }
        pub fn open(&self) -> u32 { self.secret() }
    }
    pub mod inner {
        pub fn peek(c: &super::Counter) -> u32 { c.secret() }
    }
}
fn main() {
    let c = a::Counter::new();
    println!("{} {}", c.open(), a::inner::peek(&c));
}
