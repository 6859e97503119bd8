// Checks: a field moved out of a struct can be assigned again; the struct then drops all its fields.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

fn main() {
    let mut p = Pair { left: Noisy("left"), right: Noisy("right") };
    let taken = p.left;
    println!("took {}", taken.0);
    p.left = Noisy("new left");
    println!("refilled");
    drop(taken);
    println!("end of main, p = ({}, {})", p.left.0, p.right.0);
}
