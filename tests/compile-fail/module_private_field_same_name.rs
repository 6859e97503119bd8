// Rejects (E0616): `a::Counter`'s field is private, while `b::Counter`'s is public.
mod a {
    pub struct Counter { n: u32 }
    impl Counter {
        pub fn new() -> Counter { Counter { n: 0 } }
    }
}
mod b {
    pub struct Counter { pub n: u32 }
}
fn main() {
    let c = a::Counter::new();
    let d = b::Counter { n: 1 };
    println!("{} {}", c.n, d.n);
}
