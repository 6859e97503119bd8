// Checks: a tuple struct drops its Drop impl first, then its fields .0, .1, .2 in order.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Triple(Noisy, Noisy, Noisy);
impl Drop for Triple {
    fn drop(&mut self) {
        println!("drop Triple({}, {}, {})", self.0.0, self.1.0, self.2.0);
    }
}

struct Plain(Noisy, u32, Noisy);

fn main() {
    {
        let _t = Triple(Noisy("zero"), Noisy("one"), Noisy("two"));
    }
    {
        let p = Plain(Noisy("p0"), 7, Noisy("p2"));
        println!("plain middle {}", p.1);
    }
    println!("end");
}
