// Rejects: a `&mut self` method given `&mut` the receiver as an argument (E0499).
struct Counter {
    n: i32,
}

impl Counter {
    fn absorb(&mut self, other: &mut Counter) {
        self.n += other.n;
    }
}

fn main() {
    let mut c = Counter { n: 1 };
    c.absorb(&mut c);
    println!("{}", c.n);
}
