// Rejects: a type error in an impl's method (E0308) before one in a free function further
// down: rustc type-checks bodies in source order, whatever kind of item holds them.
struct Meter(u32);

impl Meter {
    fn double(&self) -> u32 {
        let twice: u32 = "2";
        self.0 * twice
    }
}

fn describe(m: &Meter) -> String {
    let s: String = m.0;
    s
}

fn main() {
    let m = Meter(4);
    println!("{} {}", m.double(), describe(&m));
}
