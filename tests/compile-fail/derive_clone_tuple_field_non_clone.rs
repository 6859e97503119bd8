// Rejects: `#[derive(Clone)]` with a tuple field holding a type without `Clone` (E0277,
// naming the tuple).
struct Handle(u32);

#[derive(Clone)]
struct Pair {
    both: (Handle, i32),
}

fn main() {
    let p = Pair { both: (Handle(1), 2) };
    println!("{} {}", (p.both.0).0, p.both.1);
}
