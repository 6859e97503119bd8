// A panic drops the temporaries of the statement it interrupts last created first, then the
// locals, then the caller's.
struct N(i32);
impl N {
    fn next(&self) -> N {
        N(self.0 + 1)
    }
}
impl Drop for N {
    fn drop(&mut self) {
        println!("drop N({})", self.0);
    }
}

fn boom(a: &N, b: &N) -> i32 {
    if a.0 + b.0 > 100 {
        panic!("too big: {} {}", a.0, b.0);
    }
    a.0 + b.0
}

fn inner(base: i32) -> i32 {
    let _local = N(base);
    let s = boom(&N(base + 10).next().next(), &N(base + 20).next());
    let _after = N(s);
    s + boom(&N(base + 30).next().next(), &N(base + 60).next())
}

fn main() {
    let _first = N(0);
    let ok = inner(1);
    println!("ok = {}", ok);
    let _second = N(1000);
    let _ = inner(10);
    println!("unreachable");
}
