// Rejects: storing into a struct a reference to a shorter-lived value (E0597).
struct Holder<'a> {
    value: &'a i32,
}

fn main() {
    let base = 1;
    let mut h = Holder { value: &base };
    {
        let inner = 2;
        h.value = &inner;
    }
    println!("{}", h.value);
}
