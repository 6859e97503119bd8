// A method of a generic impl that calls through its `F: Fn` parameter is borrow-checked too:
// the assignment through `&self` is E0594 (fuzz seed 72 #8226 ran it).
struct Cacher<T: Fn(u64) -> u64> {
    calc: T,
    calls: u32,
}

impl<T: Fn(u64) -> u64> Cacher<T> {
    fn value(&self, arg: u64) -> u64 {
        self.calls += 1;
        (self.calc)(arg)
    }
}

fn main() {
    let c = Cacher { calc: |x| x + 1, calls: 0 };
    println!("{}", c.value(4));
}
