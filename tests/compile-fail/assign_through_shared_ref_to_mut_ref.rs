// Rejects: a write through `&&mut T` (E0594): the outer `&` makes the whole place read-only.
struct Counter {
    n: i64,
}

fn main() {
    let mut c = Counter { n: 0 };
    let m = &mut c;
    let rm = &m;
    rm.n = 3;
    println!("{}", c.n);
}
