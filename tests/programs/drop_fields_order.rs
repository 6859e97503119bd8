// Checks: Drop::drop runs before the fields are dropped; fields drop in declaration order; Vec, array and tuple elements in order.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair({}, {})", self.first.0, self.second.0);
    }
}

fn main() {
    {
        let _p = Pair { first: Noisy("a"), second: Noisy("b") };
        println!("pair made");
    }
    {
        let _v = vec![Noisy("v0"), Noisy("v1"), Noisy("v2")];
        let _arr = [Noisy("arr0"), Noisy("arr1")];
        let _t = (Noisy("t0"), Noisy("t1"));
        println!("collections made");
    }
    println!("end");
}
