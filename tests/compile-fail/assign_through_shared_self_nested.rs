// Rejects: a nested field of `&self` written in a method (E0594).
struct Inner {
    count: u32,
}

struct Outer {
    inner: Inner,
}

impl Outer {
    fn bump(&self) {
        self.inner.count += 1;
    }
}

fn main() {
    let o = Outer { inner: Inner { count: 0 } };
    o.bump();
    println!("{}", o.inner.count);
}
