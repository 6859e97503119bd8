// Checks: a function's locals drop in reverse declaration order when it returns, each call anew.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn work(round: u32) {
    let _first = Noisy("first");
    let _second = Noisy("second");
    let _third = Noisy("third");
    println!("work round {} ends", round);
}

fn main() {
    work(1);
    work(2);
    println!("main ends");
}
