// Checks: tuples drop elements left to right, nested tuples depth first, and a tuple temporary at the statement's end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn pair() -> (Noisy, Noisy) {
    (Noisy("left"), Noisy("right"))
}

fn main() {
    {
        let _t = (Noisy("t0"), (Noisy("t1.0"), Noisy("t1.1")), Noisy("t2"));
        println!("nested tuple built");
    }
    let n = pair().0.0.len();
    println!("len {}", n);
    println!("end");
}
