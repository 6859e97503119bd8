// Checks: values pushed into a Vec are owned by it: the old variables drop nothing, the Vec drops them in order.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = Noisy("c");
    let mut v = Vec::new();
    v.push(c);
    v.push(a);
    println!("pushed c and a; b stays a local");
    {
        let inner = v;
        println!("inner owns {} items", inner.len());
    }
    println!("after inner scope, b = {}", b.0);
}
