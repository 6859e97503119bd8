// Checks: a temporary in a match scrutinee lives until the end of the match statement.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn kind(&self) -> u32 {
        self.0 % 3
    }
}

fn main() {
    match Noisy(4).kind() {
        0 => println!("zero"),
        1 => println!("one"),
        _ => println!("two"),
    }
    println!("after first match");
    let label = match Noisy(5).kind() {
        2 => "two",
        _ => "other",
    };
    println!("label {}", label);
    match &Noisy(6) {
        n if n.0 > 5 => println!("big {}", n.0),
        n => println!("small {}", n.0),
    }
    println!("end");
}
