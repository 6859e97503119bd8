// Checks: each block drops its own locals when it ends; a block's value moves out and lives on.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let outer = Noisy(1);
    let kept = {
        let _a = Noisy(2);
        let b = Noisy(3);
        {
            let _c = Noisy(4);
            println!("innermost block ends");
        }
        println!("middle block ends");
        b
    };
    println!("kept {} and outer {}", kept.0, outer.0);
}
