// Checks: Drop runs at scope end in reverse declaration order, including nested blocks.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    {
        let _c = Noisy("c");
        let _d = Noisy("d");
        println!("inner block end");
    }
    let _e = Noisy("e");
    println!("main end");
}
