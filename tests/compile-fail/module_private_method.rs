// Rejects (E0624): a private method called from outside its module.
mod a {
    pub struct Counter { n: u32 }
    impl Counter {
        pub fn new() -> Counter { Counter { n: 0 } }
        fn secret(&self) -> u32 { self.n }
    }
}
fn main() {
    let c = a::Counter::new();
    println!("{}", c.secret());
}
