// Checks: moving one element out of a tuple leaves the others to drop at scope end.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let t = (Noisy("zero"), Noisy("one"), Noisy("two"));
    let one = t.1;
    println!("moved out {}", one.0);
    drop(one);
    println!("end of main");
}
