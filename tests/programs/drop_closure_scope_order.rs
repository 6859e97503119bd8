// Checks: a move closure is a local like any other: it drops its captures when its scope ends, in reverse declaration order.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let before = Noisy("before");
    let a = Noisy("captured a");
    let b = Noisy("captured b");
    let show = move || println!("{} and {}", b.0, a.0);
    let after = Noisy("after");
    show();
    println!("end of main, {} {}", before.0, after.0);
}
