// Checks: drop flags: a value moved in one match arm only is dropped at scope end only when that arm did not run.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn run(choice: u32) {
    let value = Noisy(choice);
    match choice {
        0 => consume(value),
        1 => println!("keep {}", value.0),
        _ => {
            let moved = value;
            println!("moved into arm local {}", moved.0);
        }
    }
    println!("end of run({})", choice);
}

fn main() {
    run(0);
    run(1);
    run(2);
}
