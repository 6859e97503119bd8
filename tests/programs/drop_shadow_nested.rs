// Checks: shadowing never drops; shadowed values live until their scope ends and drop in reverse order.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = Noisy("x1");
    println!("x is {}", x.0);
    {
        let x = Noisy("x2 (inner)");
        println!("x is {}", x.0);
        let x = Noisy("x3 (inner)");
        println!("x is {}", x.0);
    }
    println!("back out, x is {}", x.0);
    let x = Noisy("x4");
    println!("x is {}", x.0);
}
