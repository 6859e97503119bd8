// Checks: `let r = &temp;` extends the temporary to the end of the block; a temporary in a call argument is not extended.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn first(n: &Noisy) -> &'static str {
    n.0
}

fn main() {
    let r = &Noisy("extended");
    println!("holding {}", r.0);
    let name = first(&Noisy("argument"));
    println!("name {}", name);
    let pair = (&Noisy("in tuple"), 5);
    println!("pair {} {}", pair.0.0, pair.1);
    println!("end of main");
}
