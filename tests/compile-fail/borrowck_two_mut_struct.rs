// Rejects: two live mutable borrows of the same struct (E0499).
struct Counter {
    n: i32,
}

fn main() {
    let mut c = Counter { n: 0 };
    let a = &mut c;
    let b = &mut c;
    a.n += 1;
    b.n += 1;
    println!("{}", c.n);
}
