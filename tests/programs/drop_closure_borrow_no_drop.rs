// Checks: a closure that only borrows its environment drops nothing; the borrowed values drop with their owners.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let owner = Noisy("owner");
    {
        let look = || println!("looking at {}", owner.0);
        look();
        look();
        println!("closure scope ends");
    }
    let mut counter = Noisy("counter");
    {
        let mut rename = || counter = Noisy("renamed");
        rename();
    }
    println!("counter is {}", counter.0);
}
