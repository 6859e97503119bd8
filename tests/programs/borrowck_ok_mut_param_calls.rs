// Checks: passing a `&mut` parameter on to other functions several times (implicit reborrows).
struct Counter {
    n: i32,
}

fn inc(c: &mut Counter) {
    c.n += 1;
}

fn bump(c: &mut Counter) {
    inc(c);
    inc(c);
    c.n += 1;
    let r = &mut *c;
    r.n *= 2;
    c.n += 1;
}

fn main() {
    let mut c = Counter { n: 0 };
    bump(&mut c);
    bump(&mut c);
    println!("{}", c.n);
}
